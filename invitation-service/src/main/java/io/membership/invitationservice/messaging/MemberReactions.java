package io.membership.invitationservice.messaging;

import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.Products;
import io.membership.contract.invitation.CancelInvitation;
import io.membership.contract.invitation.CancellationReason;
import io.membership.contract.membership.MemberRemoved;
import io.membership.contract.membership.MemberRevoked;
import io.membership.contract.membership.ReleaseReason;
import io.membership.contract.membership.SeatReleased;
import io.membership.contract.membership.SeatReserved;
import io.membership.invitationservice.invitation.query.InvitationHistory;
import io.membership.invitationservice.invitation.query.PendingInvitations;
import io.membership.platform.axon.CommandDispatcher;

import java.util.UUID;

/**
 * A member's pending links die when membership-service revokes or removes it, and when a newer invitation of the
 * same member gets its seat (DESIGN 2: every older link stops working at once), and when its seat is released
 * because the email could not be delivered. Cancelling a settled invitation
 * for these reasons is a no-op in the aggregate, so redeliveries change nothing.
 */
public class MemberReactions {

    private final CommandDispatcher commands;
    private final InvitationHistory invitations;
    private final PendingInvitations pending;

    public MemberReactions(CommandDispatcher commands, InvitationHistory invitations, PendingInvitations pending) {
        this.commands = commands;
        this.invitations = invitations;
        this.pending = pending;
    }

    public void apply(EventEnvelope<Event> envelope) {
        if (envelope.data() instanceof MemberRevoked revoked) {
            cancelAllOf(revoked.workspaceId(), revoked.memberId(), revoked.invitationId(), envelope);
        } else if (envelope.data() instanceof MemberRemoved removed) {
            cancelAllOf(removed.workspaceId(), removed.memberId(), removed.invitationId(), envelope);
        } else if (envelope.data() instanceof SeatReleased released && released.invitationId() != null
                && Products.WORKSPACE.equals(released.product())
                && released.reason() == ReleaseReason.DELIVERY_FAILED) {
            cancel(released.invitationId(), CancellationReason.SEAT_RELEASED, envelope);
        } else if (envelope.data() instanceof SeatReserved reserved && reserved.memberId() != null) {
            for (UUID older : pending.liveOf(reserved.workspaceId(), reserved.memberId())) {
                if (!older.equals(reserved.invitationId())) {
                    cancel(older, CancellationReason.SUPERSEDED, envelope);
                }
            }
        }
    }

    private void cancelAllOf(UUID workspaceId, UUID memberId, UUID latest, EventEnvelope<Event> envelope) {
        if (latest != null) {
            cancel(latest, CancellationReason.MEMBER_REVOKED, envelope);
        }
        for (UUID invitationId : pending.liveOf(workspaceId, memberId)) {
            if (!invitationId.equals(latest)) {
                cancel(invitationId, CancellationReason.MEMBER_REVOKED, envelope);
            }
        }
    }

    private void cancel(UUID invitationId, CancellationReason reason, EventEnvelope<Event> envelope) {
        if (invitations.exists(invitationId)) {
            commands.send(new CancelInvitation(invitationId, reason, null), envelope.actor(), envelope.correlationId());
        }
    }
}
