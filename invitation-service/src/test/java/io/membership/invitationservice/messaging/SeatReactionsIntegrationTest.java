package io.membership.invitationservice.messaging;

import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.Products;
import io.membership.contract.Role;
import io.membership.contract.invitation.InvitationRejected;
import io.membership.contract.invitation.InvitationSent;
import io.membership.contract.membership.RejectionReason;
import io.membership.contract.membership.SeatReservationRejected;
import io.membership.contract.membership.SeatReserved;
import io.membership.invitationservice.support.InvitationServiceTestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SeatReactionsIntegrationTest extends InvitationServiceTestBase {

    @Test
    void sendsTheInvitationOnceTheSeatIsReserved() {
        Workspace workspace = newWorkspace("de");
        String email = uniqueEmail("ada");
        UUID invitationId = invited(workspace, email, null);
        UUID memberId = UUID.randomUUID();

        EventEnvelope<Event> seat = membership.envelope(new SeatReserved(workspace.id(), memberId, invitationId,
                Products.WORKSPACE, email, workspace.name()), workspace.ownerId().toString());
        membership.publish(seat);

        EventEnvelope<InvitationSent> sent = awaitEvent(InvitationSent.class, e -> e.invitationId().equals(invitationId));
        assertThat(sent.data()).usingRecursiveComparison().ignoringFields("expiresAt").isEqualTo(new InvitationSent(
                invitationId, workspace.id(), memberId, email, Set.of(Role.MEMBER), 1, null, workspace.name(),
                workspace.ownerId(), "de"));
        assertThat(sent.data().expiresAt()).isCloseTo(clock.instant().plus(Duration.ofDays(7)), within(Duration.ofMinutes(1)));
        assertThat(sent.correlationId()).isEqualTo(seat.correlationId());
    }

    @Test
    void aSeatReservationDeliveredTwiceSendsOnce() {
        Workspace workspace = newWorkspace("en");
        String email = uniqueEmail("ada");
        UUID invitationId = invited(workspace, email, "fr");
        SeatReserved reserved = new SeatReserved(workspace.id(), UUID.randomUUID(), invitationId, Products.WORKSPACE,
                email, workspace.name());
        EventEnvelope<Event> seat = membership.envelope(reserved, EventEnvelope.SYSTEM_ACTOR);

        membership.publish(seat);
        membership.publish(seat);
        membership.publish(reserved);
        UUID laterInvitation = rejectedLaterInTheSamePartition(workspace);

        awaitEvent(InvitationRejected.class, e -> e.invitationId().equals(laterInvitation));
        assertThat(recorded(InvitationSent.class, e -> e.invitationId().equals(invitationId))).hasSize(1);
        assertThat(recorded(InvitationSent.class, e -> e.invitationId().equals(invitationId)).get(0).data().locale())
                .isEqualTo("fr");
    }

    @Test
    void rejectsWhenTheSeatIsRefused() {
        Workspace workspace = newWorkspace("en");
        String email = uniqueEmail("ada");
        UUID invitationId = invited(workspace, email, null);
        UUID memberId = UUID.randomUUID();

        membership.publish(new SeatReservationRejected(workspace.id(), invitationId, memberId, email,
                RejectionReason.NO_FREE_SEAT, "all 5 workspace seats are taken"));

        EventEnvelope<InvitationRejected> rejected =
                awaitEvent(InvitationRejected.class, e -> e.invitationId().equals(invitationId));
        assertThat(rejected.data()).isEqualTo(new InvitationRejected(invitationId, workspace.id(), memberId, email,
                "NO_FREE_SEAT", "all 5 workspace seats are taken"));
    }

    @Test
    void ignoresSeatsOfInvitationsItDoesNotHold() {
        Workspace workspace = newWorkspace("en");
        UUID foreignInvitation = UUID.randomUUID();

        membership.publish(new SeatReserved(workspace.id(), UUID.randomUUID(), foreignInvitation, Products.WORKSPACE,
                uniqueEmail("x"), workspace.name()));
        UUID laterInvitation = rejectedLaterInTheSamePartition(workspace);

        awaitEvent(InvitationRejected.class, e -> e.invitationId().equals(laterInvitation));
        assertThat(recorded(InvitationSent.class, e -> e.invitationId().equals(foreignInvitation))).isEmpty();
    }

    /** Events of one workspace share a partition: once this one's answer is out, everything before it was handled. */
    private UUID rejectedLaterInTheSamePartition(Workspace workspace) {
        String email = uniqueEmail("marker");
        UUID marker = invited(workspace, email, null);
        membership.publish(new SeatReservationRejected(workspace.id(), marker, null, email,
                RejectionReason.ALREADY_ACTIVE, "already a member"));
        return marker;
    }
}
