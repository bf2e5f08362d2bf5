package io.membership.membershipservice.workspace.command;

import io.membership.contract.MemberState;
import io.membership.contract.membership.ReleaseReason;
import io.membership.contract.membership.ReleaseSeat;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.ANN;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.ANN_ACCOUNT;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.ANN_EMAIL;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.INVITATION_1;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.INVITATION_2;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.WORKSPACE;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.added;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.created;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.joined;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.released;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.reserved;
import static org.assertj.core.api.Assertions.assertThat;

class ReleaseSeatTest {

    private final FixtureConfiguration<Workspace> fixture = WorkspaceFixtures.fixture();

    private static ReleaseSeat release(UUID invitation, ReleaseReason reason) {
        return new ReleaseSeat(WORKSPACE, ANN, invitation, reason);
    }

    @Test
    void releasesTheSeatOnExpiry() {
        fixture.given(created(5), added(ANN, ANN_EMAIL), reserved(ANN, INVITATION_1, ANN_EMAIL))
                .when(release(INVITATION_1, ReleaseReason.EXPIRED))
                .expectEvents(released(ANN, INVITATION_1, ReleaseReason.EXPIRED))
                .expectState(workspace -> assertThat(workspace.stateOf(ANN)).isEqualTo(MemberState.EXPIRED));
    }

    @Test
    void releasesTheSeatWhenTheEmailCannotBeDelivered() {
        fixture.given(created(5), added(ANN, ANN_EMAIL), reserved(ANN, INVITATION_1, ANN_EMAIL))
                .when(release(INVITATION_1, ReleaseReason.DELIVERY_FAILED))
                .expectEvents(released(ANN, INVITATION_1, ReleaseReason.DELIVERY_FAILED))
                .expectState(workspace -> assertThat(workspace.stateOf(ANN)).isEqualTo(MemberState.DELIVERY_FAILED));
    }

    @Test
    void expiryAfterJoinChangesNothing() {
        fixture.given(created(5), added(ANN, ANN_EMAIL), reserved(ANN, INVITATION_1, ANN_EMAIL),
                        joined(ANN, INVITATION_1, ANN_ACCOUNT, ANN_EMAIL))
                .when(release(INVITATION_1, ReleaseReason.EXPIRED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectState(workspace -> assertThat(workspace.stateOf(ANN)).isEqualTo(MemberState.ACTIVE));
    }

    @Test
    void expiryOfAnOlderInvitationChangesNothing() {
        fixture.given(created(5), added(ANN, ANN_EMAIL), reserved(ANN, INVITATION_1, ANN_EMAIL),
                        released(ANN, INVITATION_1, ReleaseReason.EXPIRED), reserved(ANN, INVITATION_2, ANN_EMAIL))
                .when(release(INVITATION_1, ReleaseReason.EXPIRED))
                .expectNoEvents()
                .expectState(workspace -> assertThat(workspace.stateOf(ANN)).isEqualTo(MemberState.INVITED));
    }

    @Test
    void aRepeatedExpiryChangesNothing() {
        fixture.given(created(5), added(ANN, ANN_EMAIL), reserved(ANN, INVITATION_1, ANN_EMAIL),
                        released(ANN, INVITATION_1, ReleaseReason.EXPIRED))
                .when(release(INVITATION_1, ReleaseReason.EXPIRED))
                .expectNoEvents();
    }

    @Test
    void aDeliveryFailureAfterJoinChangesNothing() {
        fixture.given(created(5), added(ANN, ANN_EMAIL), reserved(ANN, INVITATION_1, ANN_EMAIL),
                        joined(ANN, INVITATION_1, ANN_ACCOUNT, ANN_EMAIL))
                .when(release(INVITATION_1, ReleaseReason.DELIVERY_FAILED))
                .expectNoEvents();
    }
}
