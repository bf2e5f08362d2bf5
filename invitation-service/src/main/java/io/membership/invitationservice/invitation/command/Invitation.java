package io.membership.invitationservice.invitation.command;

import io.membership.contract.Role;
import io.membership.contract.invitation.AcceptInvitation;
import io.membership.contract.invitation.CancelInvitation;
import io.membership.contract.invitation.CancellationReason;
import io.membership.contract.invitation.InvitationCancelled;
import io.membership.contract.invitation.InvitationResent;
import io.membership.contract.invitation.ResendInvitation;
import io.membership.contract.invitation.ConfirmInvitationSeat;
import io.membership.contract.invitation.ExpireInvitation;
import io.membership.contract.invitation.InvitationAccepted;
import io.membership.contract.invitation.InvitationExpired;
import io.membership.contract.invitation.InvitationRejected;
import io.membership.contract.invitation.InvitationRequested;
import io.membership.contract.invitation.InvitationSent;
import io.membership.contract.invitation.InviteMember;
import io.membership.contract.invitation.RejectInvitation;
import io.membership.invitationservice.invitation.EmailAddresses;
import io.membership.invitationservice.invitation.InvitationLocales;
import io.membership.invitationservice.invitation.OfferedRoles;
import io.membership.platform.axon.ContractCommandTargetResolver;
import io.membership.platform.links.InvitationLinkTokens;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One attempt to bring an email into a workspace. Seat confirmations, rejections and expiries that arrive in a state
 * where they no longer apply are ignored, so redelivered saga events change nothing twice.
 */
@Aggregate(commandTargetResolver = ContractCommandTargetResolver.BEAN_NAME, cache = "invitationCache")
public class Invitation {

    /** Links are checked against every attempt before anything is read, so attempts are bounded. */
    public static final int MAX_ATTEMPTS = 20;

    @AggregateIdentifier
    private UUID invitationId;
    private UUID workspaceId;
    private String email;
    private Set<Role> roles;
    private String requestedLocale;
    private UUID invitedBy;
    private String workspaceName;
    private String locale;
    private InvitationStatus status;
    private UUID memberId;
    private int attempt;
    private Instant expiresAt;

    protected Invitation() {
    }

    @CommandHandler
    public Invitation(InviteMember command) {
        apply(new InvitationRequested(command.invitationId(), command.workspaceId(),
                EmailAddresses.normalize(command.email()), OfferedRoles.of(command.roles()),
                InvitationLocales.normalize(command.locale()), command.invitedBy()));
    }

    @CommandHandler
    public void handle(ConfirmInvitationSeat command, Clock clock, InvitationTerms terms, WorkspaceDefaults workspaces) {
        if (status != InvitationStatus.REQUESTED) {
            return;
        }
        apply(new InvitationSent(invitationId, workspaceId, command.memberId(), email, roles, attempt + 1,
                terms.expiryFrom(clock.instant()), command.workspaceName(), invitedBy, languageFor(workspaces)));
    }

    @CommandHandler
    public void handle(RejectInvitation command) {
        if (status != InvitationStatus.REQUESTED) {
            return;
        }
        apply(new InvitationRejected(invitationId, workspaceId, command.memberId(), email, command.reason(),
                command.detail()));
    }

    @CommandHandler
    public void handle(AcceptInvitation command, InvitationLinkTokens tokens, Clock clock) {
        boolean tokenMatches = tokens.matches(invitationId, attempt, command.token());
        if (!tokenMatches || !isLiveAt(clock.instant())) {
            throw InvitationRefusals.linkNotValid();
        }
        if (!email.equalsIgnoreCase(command.accountEmail() == null ? "" : command.accountEmail().trim())) {
            throw InvitationRefusals.sentToAnotherEmail();
        }
        apply(new InvitationAccepted(invitationId, workspaceId, memberId, command.accountId(), email));
    }

    @CommandHandler
    public void handle(ExpireInvitation command, Clock clock) {
        if (status != InvitationStatus.SENT || clock.instant().isBefore(expiresAt)) {
            return;
        }
        apply(new InvitationExpired(invitationId, workspaceId, memberId, email, expiresAt));
    }

    /**
     * Rotates the link of a live invitation: attempt + 1 (every older link dies at once) and a fresh expiry. An
     * invitation that is no longer live cannot be resent; the caller issues a new invitation instead.
     */
    @CommandHandler
    public void handle(ResendInvitation command, Clock clock, InvitationTerms terms) {
        if (!isLiveAt(clock.instant())) {
            throw InvitationRefusals.notResendable(status);
        }
        if (attempt >= MAX_ATTEMPTS) {
            throw InvitationRefusals.tooManyAttempts();
        }
        apply(new InvitationResent(invitationId, workspaceId, memberId, email, roles, attempt + 1,
                terms.expiryFrom(clock.instant()), workspaceName, command.requestedBy(), locale));
    }

    /**
     * Kills a pending invitation. An admin's cancel of a settled invitation is refused; cancels caused by other events
     * (revoke, superseded) are ignored then, so their redelivery changes nothing.
     */
    @CommandHandler
    public void handle(CancelInvitation command) {
        CancellationReason reason = command.reason() == null ? CancellationReason.CANCELLED : command.reason();
        if (status == InvitationStatus.REQUESTED || status == InvitationStatus.SENT) {
            apply(new InvitationCancelled(invitationId, workspaceId, memberId, email, reason));
        } else if (reason == CancellationReason.CANCELLED && status != InvitationStatus.CANCELLED) {
            throw InvitationRefusals.notPending(status);
        }
    }

    private boolean isLiveAt(Instant now) {
        return status == InvitationStatus.SENT && now.isBefore(expiresAt);
    }

    private String languageFor(WorkspaceDefaults workspaces) {
        if (requestedLocale != null) {
            return requestedLocale;
        }
        return workspaces.defaultLocaleOf(workspaceId)
                .filter(InvitationLocales::isSupported)
                .orElse(InvitationLocales.FALLBACK);
    }

    @EventSourcingHandler
    void on(InvitationRequested event) {
        invitationId = event.invitationId();
        workspaceId = event.workspaceId();
        email = event.email();
        roles = event.roles();
        requestedLocale = event.locale();
        invitedBy = event.invitedBy();
        status = InvitationStatus.REQUESTED;
    }

    @EventSourcingHandler
    void on(InvitationSent event) {
        status = InvitationStatus.SENT;
        memberId = event.memberId();
        attempt = event.attempt();
        expiresAt = event.expiresAt();
        workspaceName = event.workspaceName();
        locale = event.locale();
    }

    @EventSourcingHandler
    void on(InvitationResent event) {
        attempt = event.attempt();
        expiresAt = event.expiresAt();
    }

    @EventSourcingHandler
    void on(InvitationCancelled event) {
        status = InvitationStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(InvitationRejected event) {
        status = InvitationStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(InvitationAccepted event) {
        status = InvitationStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(InvitationExpired event) {
        status = InvitationStatus.EXPIRED;
    }
}
