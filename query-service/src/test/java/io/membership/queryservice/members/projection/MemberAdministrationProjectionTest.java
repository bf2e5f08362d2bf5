package io.membership.queryservice.members.projection;

import io.membership.contract.AccessLevel;
import io.membership.contract.MemberState;
import io.membership.contract.Products;
import io.membership.contract.Role;
import io.membership.contract.membership.ReleaseReason;
import io.membership.queryservice.seats.query.SeatUsage;
import io.membership.queryservice.seats.query.SeatsQuery;
import io.membership.contract.notification.NotificationFailed;
import io.membership.contract.notification.NotificationKind;
import io.membership.queryservice.testing.Envelopes;
import io.membership.queryservice.testing.ReadModels;
import io.membership.queryservice.testing.Story;
import io.membership.queryservice.testing.Story.Invitee;
import io.membership.queryservice.workspaces.query.MyWorkspacesQuery;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MemberAdministrationProjectionTest {

    private final Story story = new Story();
    private final Invitee ada = Story.invitee("ada@example.com");
    private final ReadModels readModels = ReadModels.fresh().project(story.created(5),
            story.added(ada, Role.MEMBER), story.reserved(ada), story.joined(ada, Role.MEMBER));

    @Test
    void ownershipTransferSwapsOwnerAndAdminInOneStep() {
        readModels.project(story.rolesChanged(ada, Set.of(Role.MEMBER), Role.ADMIN),
                story.ownershipTransferredTo(ada));

        assertThat(readModels.member(story.workspaceId, ada.memberId()).roles()).containsExactly(Role.OWNER);
        assertThat(readModels.member(story.workspaceId, story.ownerMemberId).roles()).containsExactly(Role.ADMIN);
        assertThat(new MyWorkspacesQuery(readModels.mongo).of(ada.accountId()).get(0).roles())
                .containsExactly(Role.OWNER);
    }

    @Test
    void aRemovedMemberIsNoRowHoldsNoSeatAndKeepsItsAuditHistory() {
        long logged = readModels.auditEntries();
        readModels.project(story.addOn(ada, Products.CONVERSATIONS, AccessLevel.NO_ACCESS, AccessLevel.AGENT),
                story.released(ada, ReleaseReason.REVOKED), story.removed(ada));

        MemberDocument member = readModels.member(story.workspaceId, ada.memberId());
        assertThat(member.state()).isNull();
        assertThat(member.addOns()).isEmpty();
        assertThat(readModels.auditEntries()).isEqualTo(logged + 3);
        assertThat(new MyWorkspacesQuery(readModels.mongo).of(ada.accountId())).isEmpty();
    }

    @Test
    void aRevokedMemberStaysListedWithGuidanceInvite() {
        readModels.project(story.revoked(ada, Role.MEMBER), story.released(ada, ReleaseReason.REVOKED));

        MemberDocument member = readModels.member(story.workspaceId, ada.memberId());
        assertThat(member.state()).isEqualTo(MemberState.REVOKED);
        assertThat(member.guidance()).isEqualTo("Invite");
        assertThat(member.reason()).isEqualTo("access revoked");
        assertThat(member.roles()).containsExactly(Role.MEMBER);
    }

    @Test
    void addOnAgentsHoldSeatsAndCapacityChangesAreShown() {
        readModels.project(story.addOn(ada, Products.CONVERSATIONS, AccessLevel.NO_ACCESS, AccessLevel.AGENT),
                story.capacityChanged(Products.CONVERSATIONS, 2, 4), story.capacityChanged(Products.WORKSPACE, 5, 7));

        List<SeatUsage> seats = new SeatsQuery(readModels.mongo).usage(story.workspaceId);
        assertThat(seats).containsExactly(new SeatUsage(Products.WORKSPACE, 7, 0, 2, 5),
                new SeatUsage(Products.CONVERSATIONS, 4, 0, 1, 3));
    }

    @Test
    void anAddOnSeatReleasedEndsTheAccessToThatAddOnOnly() {
        readModels.project(story.addOn(ada, Products.CONVERSATIONS, AccessLevel.NO_ACCESS, AccessLevel.AGENT),
                story.addOnReleased(ada, Products.CONVERSATIONS));

        MemberDocument member = readModels.member(story.workspaceId, ada.memberId());
        assertThat(member.addOns()).isEmpty();
        assertThat(member.state()).isEqualTo(MemberState.ACTIVE);
    }

    @Test
    void onlyEmailsCarryingTheLinkTellWhetherTheInviteeCanBeReached() {
        Invitee bob = Story.invitee("bob@example.com");
        readModels.project(story.added(bob, Role.MEMBER), story.reserved(bob), story.sent(bob, 1));

        readModels.project(Envelopes.envelope(new NotificationFailed(UUID.randomUUID(), story.workspaceId,
                "e-1", NotificationKind.INVITATION_CANCELLED, bob.email(), bob.invitationId(), bob.memberId(),
                "mailbox full", true), 0, java.time.Instant.parse("2030-01-01T00:00:00Z"), "system"));

        assertThat(readModels.member(story.workspaceId, bob.memberId()).reason()).isNull();
    }

    @Test
    void aResentInvitationMovesTheExpiryOfTheCurrentInvitation() {
        Invitee bob = Story.invitee("bob@example.com");
        readModels.project(story.added(bob, Role.MEMBER), story.reserved(bob), story.sent(bob, 1));
        var firstExpiry = readModels.member(story.workspaceId, bob.memberId()).expiresAt();

        readModels.project(story.resent(bob, 2));

        assertThat(readModels.member(story.workspaceId, bob.memberId()).expiresAt()).isAfter(firstExpiry);
    }

    @Test
    void repeatedAdministrationEventsChangeNothing() {
        var tagged = story.tagged(ada, "vip");
        readModels.project(tagged);
        MemberDocument once = readModels.member(story.workspaceId, ada.memberId());

        readModels.project(tagged);

        assertThat(readModels.member(story.workspaceId, ada.memberId())).usingRecursiveComparison().isEqualTo(once);
        assertThat(once.tags()).containsExactly("vip");
    }
}
