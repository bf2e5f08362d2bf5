package io.membership.membershipservice.workspace.messaging;

import io.membership.contract.Command;
import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.invitation.InvitationAccepted;
import io.membership.contract.invitation.InvitationCancelled;
import io.membership.contract.invitation.InvitationExpired;
import io.membership.contract.invitation.InvitationRequested;
import io.membership.contract.membership.ActivateMember;
import io.membership.contract.membership.ReleaseReason;
import io.membership.contract.membership.ReleaseSeat;
import io.membership.contract.membership.ReserveSeat;
import io.membership.contract.notification.NotificationFailed;
import io.membership.contract.notification.NotificationKind;
import io.membership.platform.axon.CommandDispatcher;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The membership side of the invite saga: turns other services' events into Workspace commands, with the event's
 * actor and correlation id. Every command is idempotent in the aggregate, so a redelivered event changes nothing.
 */
@Component
public class InviteSagaReactions {

    private static final Logger log = LoggerFactory.getLogger(InviteSagaReactions.class);

    /** Emails that carry the invitation link: when one cannot be delivered, the seat is released. */
    private static final Set<NotificationKind> INVITATION_EMAILS =
            EnumSet.of(NotificationKind.INVITATION, NotificationKind.INVITATION_RESENT);

    private final CommandDispatcher commands;
    private final MeterRegistry meters;

    public InviteSagaReactions(CommandDispatcher commands, MeterRegistry meters) {
        this.commands = commands;
        this.meters = meters;
    }

    public void react(EventEnvelope<Event> envelope) {
        commandFor(envelope.data()).ifPresent(command -> send(command, envelope));
    }

    static Optional<Command> commandFor(Event event) {
        if (event instanceof InvitationRequested requested) {
            return Optional.of(new ReserveSeat(requested.workspaceId(), requested.invitationId(), requested.email(),
                    requested.roles(), requested.invitedBy()));
        }
        if (event instanceof InvitationAccepted accepted) {
            return Optional.of(new ActivateMember(accepted.workspaceId(), accepted.memberId(),
                    accepted.invitationId(), accepted.accountId()));
        }
        if (event instanceof InvitationExpired expired) {
            return Optional.of(new ReleaseSeat(expired.workspaceId(), expired.memberId(), expired.invitationId(),
                    ReleaseReason.EXPIRED));
        }
        if (event instanceof InvitationCancelled cancelled && cancelled.memberId() != null) {
            return Optional.of(new ReleaseSeat(cancelled.workspaceId(), cancelled.memberId(),
                    cancelled.invitationId(), ReleaseReason.CANCELLED));
        }
        if (event instanceof NotificationFailed failed && failed.permanent()
                && INVITATION_EMAILS.contains(failed.kind()) && failed.invitationId() != null
                && failed.memberId() != null) {
            return Optional.of(new ReleaseSeat(failed.workspaceId(), failed.memberId(), failed.invitationId(),
                    ReleaseReason.DELIVERY_FAILED));
        }
        return Optional.empty();
    }

    private void send(Command command, EventEnvelope<Event> envelope) {
        String commandName = command.getClass().getSimpleName();
        try {
            commands.send(command, envelope.actor(), envelope.correlationId());
        } catch (RuntimeException e) {
            if (causedBy(e, AggregateNotFoundException.class)) {
                // invitation-service only asks about workspaces it learned of from WorkspaceCreated, so this is a
                // malformed or foreign event: nothing here can answer for a workspace that does not exist.
                ignore(envelope, commandName, "unknown-workspace");
            } else if (causedBy(e, IllegalArgumentException.class)) {
                ignore(envelope, commandName, "invalid-command");
            } else {
                throw e;
            }
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private void ignore(EventEnvelope<Event> envelope, String commandName, String reason) {
        meters.counter("membership.saga.ignored", "event", envelope.type(), "reason", reason).increment();
        log.warn("ignored {} {} for workspace {}: {} was refused ({})", envelope.type(), envelope.id(),
                envelope.workspaceId(), commandName, reason);
    }
}
