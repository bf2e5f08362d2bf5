package io.membership.invitationservice.messaging;

import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.invitation.ConfirmInvitationSeat;
import io.membership.contract.invitation.RejectInvitation;
import io.membership.contract.membership.SeatReservationRejected;
import io.membership.contract.membership.SeatReserved;
import io.membership.invitationservice.invitation.query.InvitationHistory;
import io.membership.platform.axon.CommandDispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/**
 * Step 3 of the invite saga: membership-service's answer to an InvitationRequested becomes InvitationSent or
 * InvitationRejected. Seat events for invitations this service does not hold (a seat reserved by hand) are skipped.
 */
public class SeatReactions {

    private static final Logger log = LoggerFactory.getLogger(SeatReactions.class);

    private final CommandDispatcher commands;
    private final InvitationHistory invitations;

    public SeatReactions(CommandDispatcher commands, InvitationHistory invitations) {
        this.commands = commands;
        this.invitations = invitations;
    }

    public void apply(EventEnvelope<Event> envelope) {
        if (envelope.data() instanceof SeatReserved reserved && isOurs(reserved.invitationId())) {
            commands.send(new ConfirmInvitationSeat(reserved.invitationId(), reserved.memberId(),
                    reserved.workspaceName()), envelope.actor(), envelope.correlationId());
        } else if (envelope.data() instanceof SeatReservationRejected rejected && isOurs(rejected.invitationId())) {
            log.info("seat refused for invitation {}: {}", rejected.invitationId(), rejected.reason());
            commands.send(new RejectInvitation(rejected.invitationId(), rejected.memberId(),
                    rejected.reason() == null ? null : rejected.reason().name(), rejected.detail()),
                    envelope.actor(), envelope.correlationId());
        }
    }

    private boolean isOurs(UUID invitationId) {
        return invitationId != null && invitations.exists(invitationId);
    }
}
