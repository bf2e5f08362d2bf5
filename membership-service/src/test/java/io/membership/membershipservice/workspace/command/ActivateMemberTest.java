package io.membership.membershipservice.workspace.command;

import io.membership.contract.MemberState;
import io.membership.contract.membership.ActivateMember;
import io.membership.contract.membership.ReleaseReason;
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

class ActivateMemberTest {

    private final FixtureConfiguration<Workspace> fixture = WorkspaceFixtures.fixture();

    private static ActivateMember activate(UUID member, UUID invitation) {
        return new ActivateMember(WORKSPACE, member, invitation, ANN_ACCOUNT);
    }

    @Test
    void activatesTheInvitedMember() {
        fixture.given(created(5), added(ANN, ANN_EMAIL), reserved(ANN, INVITATION_1, ANN_EMAIL))
                .when(activate(ANN, INVITATION_1))
                .expectEvents(joined(ANN, INVITATION_1, ANN_ACCOUNT, ANN_EMAIL))
                .expectState(workspace -> assertThat(workspace.stateOf(ANN)).isEqualTo(MemberState.ACTIVE));
    }

    @Test
    void activatesOnlyTheInvitedMember() {
        fixture.given(created(5), added(ANN, ANN_EMAIL), reserved(ANN, INVITATION_1, ANN_EMAIL))
                .when(activate(ANN, INVITATION_2))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void ignoresAnUnknownMember() {
        fixture.given(created(5), added(ANN, ANN_EMAIL), reserved(ANN, INVITATION_1, ANN_EMAIL))
                .when(activate(UUID.randomUUID(), INVITATION_1))
                .expectNoEvents();
    }

    @Test
    void activationIsIdempotent() {
        fixture.given(created(5), added(ANN, ANN_EMAIL), reserved(ANN, INVITATION_1, ANN_EMAIL),
                        joined(ANN, INVITATION_1, ANN_ACCOUNT, ANN_EMAIL))
                .when(activate(ANN, INVITATION_1))
                .expectNoEvents();
    }

    @Test
    void anExpiredInvitationCannotBeAcceptedAnyMore() {
        fixture.given(created(5), added(ANN, ANN_EMAIL), reserved(ANN, INVITATION_1, ANN_EMAIL),
                        released(ANN, INVITATION_1, ReleaseReason.EXPIRED))
                .when(activate(ANN, INVITATION_1))
                .expectNoEvents()
                .expectState(workspace -> assertThat(workspace.stateOf(ANN)).isEqualTo(MemberState.EXPIRED));
    }
}
