package io.membership.membershipservice.workspace.messaging;

import io.membership.contract.Role;
import io.membership.contract.invitation.CancellationReason;
import io.membership.contract.invitation.InvitationAccepted;
import io.membership.contract.invitation.InvitationCancelled;
import io.membership.contract.invitation.InvitationExpired;
import io.membership.contract.invitation.InvitationRequested;
import io.membership.contract.invitation.InvitationSent;
import io.membership.contract.membership.ActivateMember;
import io.membership.contract.membership.ReleaseReason;
import io.membership.contract.membership.ReleaseSeat;
import io.membership.contract.membership.ReserveSeat;
import io.membership.contract.notification.NotificationFailed;
import io.membership.contract.notification.NotificationKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class InviteSagaReactionsTest {

    private static final UUID WORKSPACE = UUID.randomUUID();
    private static final UUID INVITATION = UUID.randomUUID();
    private static final UUID MEMBER = UUID.randomUUID();
    private static final UUID ACCOUNT = UUID.randomUUID();

    @Test
    void anInvitationRequestAsksForASeatInTheInvitersName() {
        var requested = new InvitationRequested(INVITATION, WORKSPACE, "ann@example.com", Set.of(Role.ADMIN), "fr",
                ACCOUNT);
        assertThat(InviteSagaReactions.commandFor(requested)).contains(
                new ReserveSeat(WORKSPACE, INVITATION, "ann@example.com", Set.of(Role.ADMIN), ACCOUNT));
    }

    @Test
    void anAcceptedInvitationActivatesTheMember() {
        var accepted = new InvitationAccepted(INVITATION, WORKSPACE, MEMBER, ACCOUNT, "ann@example.com");
        assertThat(InviteSagaReactions.commandFor(accepted))
                .contains(new ActivateMember(WORKSPACE, MEMBER, INVITATION, ACCOUNT));
    }

    @Test
    void anExpiredInvitationReleasesTheSeat() {
        var expired = new InvitationExpired(INVITATION, WORKSPACE, MEMBER, "ann@example.com", Instant.now());
        assertThat(InviteSagaReactions.commandFor(expired))
                .contains(new ReleaseSeat(WORKSPACE, MEMBER, INVITATION, ReleaseReason.EXPIRED));
    }

    @Test
    void onlyAPermanentInvitationDeliveryFailureReleasesTheSeat() {
        assertThat(InviteSagaReactions.commandFor(failure(true)))
                .contains(new ReleaseSeat(WORKSPACE, MEMBER, INVITATION, ReleaseReason.DELIVERY_FAILED));
        assertThat(InviteSagaReactions.commandFor(failure(false))).isEmpty();
    }

    @Test
    void aCancelledInvitationReturnsTheMemberToAdded() {
        var cancelled = new InvitationCancelled(INVITATION, WORKSPACE, MEMBER, "ann@example.com",
                CancellationReason.CANCELLED);
        assertThat(InviteSagaReactions.commandFor(cancelled))
                .contains(new ReleaseSeat(WORKSPACE, MEMBER, INVITATION, ReleaseReason.CANCELLED));
    }

    @Test
    void anInvitationCancelledBeforeItsSeatNeedsNoAnswer() {
        var cancelled = new InvitationCancelled(INVITATION, WORKSPACE, null, "ann@example.com",
                CancellationReason.CANCELLED);
        assertThat(InviteSagaReactions.commandFor(cancelled)).isEmpty();
    }

    @Test
    void aResentLinkThatCannotBeDeliveredReleasesTheSeatToo() {
        var failed = new NotificationFailed(UUID.randomUUID(), WORKSPACE, "event-2", NotificationKind.INVITATION_RESENT,
                "ann@example.com", INVITATION, MEMBER, "mailbox unavailable", true);
        assertThat(InviteSagaReactions.commandFor(failed))
                .contains(new ReleaseSeat(WORKSPACE, MEMBER, INVITATION, ReleaseReason.DELIVERY_FAILED));
    }

    @Test
    void otherEventsNeedNoAnswer() {
        var sent = new InvitationSent(INVITATION, WORKSPACE, MEMBER, "ann@example.com", Set.of(Role.MEMBER), 1,
                Instant.now(), "Acme", ACCOUNT, "en");
        assertThat(InviteSagaReactions.commandFor(sent)).isEmpty();
    }

    private static NotificationFailed failure(boolean permanent) {
        return new NotificationFailed(UUID.randomUUID(), WORKSPACE, "event-1", NotificationKind.INVITATION,
                "ann@example.com", INVITATION, MEMBER, "mailbox unavailable", permanent);
    }
}
