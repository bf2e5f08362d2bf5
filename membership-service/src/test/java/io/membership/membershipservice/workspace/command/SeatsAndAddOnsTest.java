package io.membership.membershipservice.workspace.command;

import io.membership.contract.AccessLevel;
import io.membership.contract.Products;
import io.membership.contract.membership.AddOnAccessChanged;
import io.membership.contract.membership.ChangeAddOnAccess;
import io.membership.contract.membership.ChangeSeatCapacity;
import io.membership.contract.membership.RejectionReason;
import io.membership.contract.membership.SeatCapacityChanged;
import io.membership.contract.membership.SeatReservationRejected;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.membership.contract.AccessLevel.AGENT;
import static io.membership.contract.AccessLevel.NO_ACCESS;
import static io.membership.contract.AccessLevel.VIEWER;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.*;

class SeatsAndAddOnsTest {

    private static final String CONVERSATIONS = Products.CONVERSATIONS;

    private final FixtureConfiguration<Workspace> fixture = WorkspaceFixtures.fixture();

    private static ChangeAddOnAccess access(UUID member, AccessLevel level, UUID actor) {
        return new ChangeAddOnAccess(WORKSPACE, member, CONVERSATIONS, level, actor);
    }

    private static AddOnAccessChanged changed(UUID member, AccessLevel from, AccessLevel to) {
        return new AddOnAccessChanged(WORKSPACE, member, CONVERSATIONS, from, to);
    }

    @Test
    void theOwnerBuysMoreSeats() {
        fixture.given(team())
                .when(new ChangeSeatCapacity(WORKSPACE, Products.WORKSPACE, 8, OWNER_ACCOUNT))
                .expectEvents(new SeatCapacityChanged(WORKSPACE, Products.WORKSPACE, 5, 8));
    }

    @Test
    void theOwnerAddsANewAddOnProduct() {
        fixture.given(team())
                .when(new ChangeSeatCapacity(WORKSPACE, "reports", 2, OWNER_ACCOUNT))
                .expectEvents(new SeatCapacityChanged(WORKSPACE, "reports", 0, 2));
    }

    @Test
    void cannotLowerCapacityBelowSeatsInUse() {
        // owner, Ann and Bob are ACTIVE, Carol's pending invitation holds a seat too: 4 in use
        fixture.given(team())
                .when(new ChangeSeatCapacity(WORKSPACE, Products.WORKSPACE, 3, OWNER_ACCOUNT))
                .expectNoEvents()
                .expectException(Refused.conflict("below-seats-in-use"));
    }

    @Test
    void capacityCanDropExactlyToSeatsInUse() {
        fixture.given(team())
                .when(new ChangeSeatCapacity(WORKSPACE, Products.WORKSPACE, 4, OWNER_ACCOUNT))
                .expectEvents(new SeatCapacityChanged(WORKSPACE, Products.WORKSPACE, 5, 4));
    }

    @Test
    void aLoweredCapacityRefusesTheNextInvitation() {
        UUID dan = UUID.fromString("00000000-0000-0000-0000-00000000b009");
        UUID invitation = UUID.fromString("00000000-0000-0000-0000-00000000c009");
        WorkspaceFixtures.fixture(java.util.List.of(dan))
                .given(team()).andGiven(new SeatCapacityChanged(WORKSPACE, Products.WORKSPACE, 5, 4))
                .when(reserve(invitation, "dan@acme.test"))
                .expectEvents(added(dan, "dan@acme.test"), new SeatReservationRejected(WORKSPACE, invitation, dan,
                        "dan@acme.test", RejectionReason.NO_FREE_SEAT, "all 4 workspace seats are taken"));
    }

    @Test
    void onlyTheOwnerChangesCapacity() {
        fixture.given(team())
                .when(new ChangeSeatCapacity(WORKSPACE, Products.WORKSPACE, 9, ANN_ACCOUNT))
                .expectNoEvents()
                .expectException(Refused.forbidden());
    }

    @Test
    void theWorkspaceKeepsAtLeastTheOwnersSeat() {
        fixture.given(created(5))
                .when(new ChangeSeatCapacity(WORKSPACE, Products.WORKSPACE, 0, OWNER_ACCOUNT))
                .expectNoEvents()
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void anAdminMakesAMemberAnAgent() {
        fixture.given(team())
                .when(access(BOB, AGENT, ANN_ACCOUNT))
                .expectEvents(changed(BOB, NO_ACCESS, AGENT));
    }

    @Test
    void agentNeedsAFreeSeat() {
        fixture.given(team()).andGiven(changed(ANN, NO_ACCESS, AGENT))
                .when(access(BOB, AGENT, OWNER_ACCOUNT))
                .expectNoEvents()
                .expectException(Refused.conflict("no-free-seat"));
    }

    @Test
    void viewerNeedsNoSeat() {
        fixture.given(team()).andGiven(changed(ANN, NO_ACCESS, AGENT))
                .when(access(BOB, VIEWER, OWNER_ACCOUNT))
                .expectEvents(changed(BOB, NO_ACCESS, VIEWER));
    }

    @Test
    void aSeatMovesToAnotherMemberOnceItsHolderStepsDown() {
        fixture.given(team()).andGiven(changed(ANN, NO_ACCESS, AGENT), changed(ANN, AGENT, VIEWER))
                .when(access(BOB, AGENT, OWNER_ACCOUNT))
                .expectEvents(changed(BOB, NO_ACCESS, AGENT));
    }

    @Test
    void anInvitedMemberCanBePreparedAsAnAgent() {
        fixture.given(team())
                .when(access(CAROL, AGENT, OWNER_ACCOUNT))
                .expectEvents(changed(CAROL, NO_ACCESS, AGENT));
    }

    @Test
    void aMemberWithoutWorkspaceAccessGetsNoAddOnAccess() {
        fixture.given(created(5), added(ANN, ANN_EMAIL))
                .when(access(ANN, VIEWER, OWNER_ACCOUNT))
                .expectNoEvents()
                .expectException(Refused.conflict("member-without-access"));
    }

    @Test
    void anUnknownAddOnIsNotFound() {
        fixture.given(team())
                .when(new ChangeAddOnAccess(WORKSPACE, BOB, "reports", AGENT, OWNER_ACCOUNT))
                .expectNoEvents()
                .expectException(Refused.notFound());
    }

    @Test
    void workspaceSeatsAreNotAnAddOn() {
        fixture.given(team())
                .when(new ChangeAddOnAccess(WORKSPACE, BOB, Products.WORKSPACE, AGENT, OWNER_ACCOUNT))
                .expectNoEvents()
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void aMemberCannotAssignSeats() {
        fixture.given(team())
                .when(access(CAROL, AGENT, BOB_ACCOUNT))
                .expectNoEvents()
                .expectException(Refused.forbidden());
    }

    @Test
    void anAdminCannotChangeTheOwnersAddOnAccess() {
        fixture.given(team())
                .when(access(OWNER_MEMBER, AGENT, ANN_ACCOUNT))
                .expectNoEvents()
                .expectException(Refused.ownerProtected());
    }

    @Test
    void theSameLevelAgainChangesNothing() {
        fixture.given(team()).andGiven(changed(BOB, NO_ACCESS, AGENT))
                .when(access(BOB, AGENT, OWNER_ACCOUNT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotLowerAddOnCapacityBelowItsAgents() {
        fixture.given(team()).andGiven(changed(BOB, NO_ACCESS, AGENT))
                .when(new ChangeSeatCapacity(WORKSPACE, CONVERSATIONS, 0, OWNER_ACCOUNT))
                .expectNoEvents()
                .expectException(Refused.conflict("below-seats-in-use"));
    }
}
