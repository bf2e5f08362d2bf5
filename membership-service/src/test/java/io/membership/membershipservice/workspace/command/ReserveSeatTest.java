package io.membership.membershipservice.workspace.command;

import io.membership.contract.MemberState;
import io.membership.contract.Role;
import io.membership.contract.membership.RejectionReason;
import io.membership.contract.membership.ReleaseReason;
import io.membership.contract.membership.SeatReservationRejected;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.ANN;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.ANN_ACCOUNT;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.ANN_EMAIL;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.BOB;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.BOB_EMAIL;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.INVITATION_1;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.INVITATION_2;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.INVITATION_3;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.OWNER_EMAIL;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.OWNER_MEMBER;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.WORKSPACE;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.added;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.created;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.joined;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.released;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.reserve;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.reserved;
import static org.assertj.core.api.Assertions.assertThat;

class ReserveSeatTest {

    private final FixtureConfiguration<Workspace> fixture = WorkspaceFixtures.fixture();

    private static SeatReservationRejected rejected(UUID invitation, UUID member, String email,
                                                    RejectionReason reason, String detail) {
        return new SeatReservationRejected(WORKSPACE, invitation, member, email, reason, detail);
    }

    @Test
    void reservesASeatForANewEmail() {
        fixture.given(created(3))
                .when(reserve(INVITATION_1, ANN_EMAIL))
                .expectEvents(added(ANN, ANN_EMAIL), reserved(ANN, INVITATION_1, ANN_EMAIL))
                .expectState(workspace -> assertThat(workspace.stateOf(ANN)).isEqualTo(MemberState.INVITED));
    }

    @Test
    void storesTheEmailInLowerCase() {
        fixture.given(created(3))
                .when(reserve(INVITATION_1, "  Ann@ACME.Test "))
                .expectEvents(added(ANN, ANN_EMAIL), reserved(ANN, INVITATION_1, ANN_EMAIL));
    }

    @Test
    void keepsTheRequestedRoles() {
        fixture.given(created(3))
                .when(reserve(INVITATION_1, ANN_EMAIL, Set.of(Role.ADMIN, Role.AUDITOR), WorkspaceFixtures.OWNER_ACCOUNT))
                .expectEvents(added(ANN, ANN_EMAIL, Role.ADMIN, Role.AUDITOR), reserved(ANN, INVITATION_1, ANN_EMAIL));
    }

    @Test
    void ownerHoldsTheFirstSeat() {
        fixture.given(created(1))
                .when(reserve(INVITATION_1, ANN_EMAIL))
                .expectEvents(added(ANN, ANN_EMAIL), rejected(INVITATION_1, ANN, ANN_EMAIL,
                        RejectionReason.NO_FREE_SEAT, "all 1 workspace seats are taken"));
    }

    @Test
    void rejectsWhenNoSeatIsFreeAndMarksDeliveryFailed() {
        WorkspaceFixtures.fixture(List.of(BOB)).given(created(2), added(ANN, ANN_EMAIL), reserved(ANN, INVITATION_1, ANN_EMAIL))
                .when(reserve(INVITATION_2, BOB_EMAIL))
                .expectEvents(added(BOB, BOB_EMAIL), rejected(INVITATION_2, BOB, BOB_EMAIL,
                        RejectionReason.NO_FREE_SEAT, "all 2 workspace seats are taken"))
                .expectState(workspace -> assertThat(workspace.stateOf(BOB)).isEqualTo(MemberState.DELIVERY_FAILED));
    }

    @Test
    void aSeatReleasedByExpiryCanBeReservedForSomeoneElse() {
        WorkspaceFixtures.fixture(List.of(BOB)).given(created(2), added(ANN, ANN_EMAIL), reserved(ANN, INVITATION_1, ANN_EMAIL),
                        released(ANN, INVITATION_1, ReleaseReason.EXPIRED))
                .when(reserve(INVITATION_2, BOB_EMAIL))
                .expectEvents(added(BOB, BOB_EMAIL), reserved(BOB, INVITATION_2, BOB_EMAIL));
    }

    @Test
    void rejectsAnInviterWhoIsNotAdmin() {
        fixture.given(created(5), added(ANN, ANN_EMAIL), reserved(ANN, INVITATION_1, ANN_EMAIL),
                        joined(ANN, INVITATION_1, ANN_ACCOUNT, ANN_EMAIL))
                .when(reserve(INVITATION_2, BOB_EMAIL, Set.of(), ANN_ACCOUNT))
                .expectEvents(rejected(INVITATION_2, null, BOB_EMAIL, RejectionReason.NOT_ALLOWED,
                        "only an owner or admin may invite"));
    }

    @Test
    void rejectsAnInviterWhoIsNoMemberOfTheWorkspace() {
        fixture.given(created(5))
                .when(reserve(INVITATION_1, ANN_EMAIL, Set.of(), UUID.randomUUID()))
                .expectEvents(rejected(INVITATION_1, null, ANN_EMAIL, RejectionReason.NOT_ALLOWED,
                        "only an owner or admin may invite"));
    }

    @Test
    void anActiveAdminMayInvite() {
        WorkspaceFixtures.fixture(List.of(BOB)).given(created(5), added(ANN, ANN_EMAIL, Role.ADMIN), reserved(ANN, INVITATION_1, ANN_EMAIL),
                        joined(ANN, INVITATION_1, ANN_ACCOUNT, ANN_EMAIL, Role.ADMIN))
                .when(reserve(INVITATION_2, BOB_EMAIL, Set.of(), ANN_ACCOUNT))
                .expectEvents(added(BOB, BOB_EMAIL), reserved(BOB, INVITATION_2, BOB_EMAIL));
    }

    @Test
    void anAdminWhoHasNotJoinedYetMayNotInvite() {
        fixture.given(created(5), added(ANN, ANN_EMAIL, Role.ADMIN), reserved(ANN, INVITATION_1, ANN_EMAIL))
                .when(reserve(INVITATION_2, BOB_EMAIL, Set.of(), ANN_ACCOUNT))
                .expectEvents(rejected(INVITATION_2, null, BOB_EMAIL, RejectionReason.NOT_ALLOWED,
                        "only an owner or admin may invite"));
    }

    @Test
    void anInvitationCannotGrantOwnership() {
        fixture.given(created(5))
                .when(reserve(INVITATION_1, ANN_EMAIL, Set.of(Role.OWNER), WorkspaceFixtures.OWNER_ACCOUNT))
                .expectEvents(rejected(INVITATION_1, null, ANN_EMAIL, RejectionReason.NOT_ALLOWED,
                        "an invitation cannot grant the OWNER role"));
    }

    @Test
    void rejectsAnAlreadyActiveEmail() {
        fixture.given(created(5))
                .when(reserve(INVITATION_1, "OWNER@acme.test"))
                .expectEvents(rejected(INVITATION_1, OWNER_MEMBER, OWNER_EMAIL, RejectionReason.ALREADY_ACTIVE,
                        "the email is already an active member"));
    }

    @Test
    void rejectsAnEmailInvitedByAnotherInvitation() {
        fixture.given(created(5), added(ANN, ANN_EMAIL), reserved(ANN, INVITATION_1, ANN_EMAIL))
                .when(reserve(INVITATION_2, "Ann@Acme.TEST"))
                .expectEvents(rejected(INVITATION_2, ANN, ANN_EMAIL, RejectionReason.ALREADY_INVITED,
                        "the email has a pending invitation"))
                .expectState(workspace -> assertThat(workspace.stateOf(ANN)).isEqualTo(MemberState.INVITED));
    }

    @Test
    void ignoresARepeatedReservationForTheSameInvitation() {
        fixture.given(created(5), added(ANN, ANN_EMAIL), reserved(ANN, INVITATION_1, ANN_EMAIL))
                .when(reserve(INVITATION_1, ANN_EMAIL))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void ignoresARepeatedReservationThatWasRejected() {
        fixture.given(created(1), added(ANN, ANN_EMAIL), rejected(INVITATION_1, ANN, ANN_EMAIL,
                        RejectionReason.NO_FREE_SEAT, "all 1 workspace seats are taken"))
                .when(reserve(INVITATION_1, ANN_EMAIL))
                .expectNoEvents();
    }

    @Test
    void reinvitesAnExpiredMemberWithoutAddingItAgain() {
        fixture.given(created(5), added(ANN, ANN_EMAIL), reserved(ANN, INVITATION_1, ANN_EMAIL),
                        released(ANN, INVITATION_1, ReleaseReason.EXPIRED))
                .when(reserve(INVITATION_2, ANN_EMAIL))
                .expectEvents(reserved(ANN, INVITATION_2, ANN_EMAIL));
    }

    @Test
    void reinvitesAMemberWhoseSeatWasRefused() {
        fixture.given(created(2), added(ANN, ANN_EMAIL), reserved(ANN, INVITATION_1, ANN_EMAIL),
                        added(BOB, BOB_EMAIL), rejected(INVITATION_2, BOB, BOB_EMAIL, RejectionReason.NO_FREE_SEAT,
                                "all 2 workspace seats are taken"),
                        released(ANN, INVITATION_1, ReleaseReason.EXPIRED))
                .when(reserve(INVITATION_3, BOB_EMAIL))
                .expectEvents(reserved(BOB, INVITATION_3, BOB_EMAIL));
    }

    @Test
    void reinvitesAfterAPermanentDeliveryFailure() {
        fixture.given(created(5), added(ANN, ANN_EMAIL), reserved(ANN, INVITATION_1, ANN_EMAIL),
                        released(ANN, INVITATION_1, ReleaseReason.DELIVERY_FAILED))
                .when(reserve(INVITATION_2, ANN_EMAIL))
                .expectEvents(reserved(ANN, INVITATION_2, ANN_EMAIL));
    }

    @Test
    void refusesACommandWithoutAValidEmail() {
        fixture.given(created(5))
                .when(reserve(INVITATION_1, "not-an-email"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }
}
