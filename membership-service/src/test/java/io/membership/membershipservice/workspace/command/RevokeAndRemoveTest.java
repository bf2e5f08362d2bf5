package io.membership.membershipservice.workspace.command;

import io.membership.contract.AccessLevel;
import io.membership.contract.MemberState;
import io.membership.contract.Products;
import io.membership.contract.Role;
import io.membership.contract.membership.AddOnAccessChanged;
import io.membership.contract.membership.MemberRemoved;
import io.membership.contract.membership.MemberRevoked;
import io.membership.contract.membership.ReleaseReason;
import io.membership.contract.membership.RemoveMember;
import io.membership.contract.membership.RevokeMember;
import io.membership.contract.membership.SeatReleased;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class RevokeAndRemoveTest {

    private final FixtureConfiguration<Workspace> fixture = WorkspaceFixtures.fixture();

    private static final AddOnAccessChanged BOB_AGENT = new AddOnAccessChanged(WORKSPACE, BOB, Products.CONVERSATIONS,
            AccessLevel.NO_ACCESS, AccessLevel.AGENT);

    @Test
    void revokingAnActiveMemberReleasesTheWorkspaceSeatAndEveryAddOnSeat() {
        fixture.given(team()).andGiven(BOB_AGENT)
                .when(new RevokeMember(WORKSPACE, BOB, ANN_ACCOUNT))
                .expectEvents(
                        new MemberRevoked(WORKSPACE, BOB, BOB_ACCOUNT, BOB_EMAIL, Set.of(Role.MEMBER),
                                MemberState.ACTIVE, INVITATION_2),
                        new SeatReleased(WORKSPACE, BOB, INVITATION_2, Products.WORKSPACE, ReleaseReason.REVOKED),
                        new SeatReleased(WORKSPACE, BOB, null, Products.CONVERSATIONS, ReleaseReason.REVOKED))
                .expectState(ws -> {
                    assertThat(ws.stateOf(BOB)).isEqualTo(MemberState.REVOKED);
                    assertThat(ws.stateOf(BOB).guidance().label()).isEqualTo("Invite");
                });
    }

    @Test
    void revokingAnInvitedMemberNamesTheInvitationThatMustDie() {
        fixture.given(team())
                .when(new RevokeMember(WORKSPACE, CAROL, OWNER_ACCOUNT))
                .expectEvents(
                        new MemberRevoked(WORKSPACE, CAROL, null, CAROL_EMAIL, Set.of(Role.MEMBER),
                                MemberState.INVITED, INVITATION_3),
                        new SeatReleased(WORKSPACE, CAROL, INVITATION_3, Products.WORKSPACE, ReleaseReason.REVOKED));
    }

    @Test
    void nobodyRevokesTheOwner() {
        fixture.given(team())
                .when(new RevokeMember(WORKSPACE, OWNER_MEMBER, ANN_ACCOUNT))
                .expectNoEvents()
                .expectException(Refused.ownerProtected());
    }

    @Test
    void aMemberCannotRevoke() {
        fixture.given(team())
                .when(new RevokeMember(WORKSPACE, CAROL, BOB_ACCOUNT))
                .expectNoEvents()
                .expectException(Refused.forbidden());
    }

    @Test
    void aRevokedMemberCannotBeRevokedAgain() {
        fixture.given(team())
                .andGiven(new MemberRevoked(WORKSPACE, BOB, BOB_ACCOUNT, BOB_EMAIL, Set.of(Role.MEMBER),
                                MemberState.ACTIVE, INVITATION_2),
                        new SeatReleased(WORKSPACE, BOB, INVITATION_2, Products.WORKSPACE, ReleaseReason.REVOKED))
                .when(new RevokeMember(WORKSPACE, BOB, ANN_ACCOUNT))
                .expectNoEvents()
                .expectException(Refused.conflict("nothing-to-revoke"));
    }

    @Test
    void aRevokedAdminLosesTheRightToAdminister() {
        fixture.given(team())
                .andGiven(new MemberRevoked(WORKSPACE, ANN, ANN_ACCOUNT, ANN_EMAIL, Set.of(Role.ADMIN),
                                MemberState.ACTIVE, INVITATION_1),
                        new SeatReleased(WORKSPACE, ANN, INVITATION_1, Products.WORKSPACE, ReleaseReason.REVOKED))
                .when(new RevokeMember(WORKSPACE, BOB, ANN_ACCOUNT))
                .expectNoEvents()
                .expectException(Refused.notFound());
    }

    @Test
    void removingAMemberReleasesItsSeatsAndTakesItOffTheList() {
        fixture.given(team()).andGiven(BOB_AGENT)
                .when(new RemoveMember(WORKSPACE, BOB, OWNER_ACCOUNT))
                .expectEvents(
                        new SeatReleased(WORKSPACE, BOB, INVITATION_2, Products.WORKSPACE, ReleaseReason.REVOKED),
                        new SeatReleased(WORKSPACE, BOB, null, Products.CONVERSATIONS, ReleaseReason.REVOKED),
                        new MemberRemoved(WORKSPACE, BOB, BOB_ACCOUNT, BOB_EMAIL, INVITATION_2))
                .expectState(ws -> assertThat(ws.stateOf(BOB)).isNull());
    }

    @Test
    void removingAnAddedMemberReleasesNothing() {
        fixture.given(created(5), added(ANN, ANN_EMAIL))
                .when(new RemoveMember(WORKSPACE, ANN, OWNER_ACCOUNT))
                .expectEvents(new MemberRemoved(WORKSPACE, ANN, null, ANN_EMAIL, null));
    }

    @Test
    void nobodyRemovesTheOwner() {
        fixture.given(team())
                .when(new RemoveMember(WORKSPACE, OWNER_MEMBER, OWNER_ACCOUNT))
                .expectNoEvents()
                .expectException(Refused.ownerProtected());
    }

    @Test
    void aRemovedMemberIsNotFound() {
        fixture.given(team())
                .andGiven(new SeatReleased(WORKSPACE, BOB, INVITATION_2, Products.WORKSPACE, ReleaseReason.REVOKED),
                        new MemberRemoved(WORKSPACE, BOB, BOB_ACCOUNT, BOB_EMAIL, INVITATION_2))
                .when(new RemoveMember(WORKSPACE, BOB, OWNER_ACCOUNT))
                .expectNoEvents()
                .expectException(Refused.notFound());
    }
}
