package io.membership.membershipservice.workspace.command;

import io.membership.contract.MemberState;
import io.membership.contract.Products;
import io.membership.contract.Role;
import io.membership.contract.membership.MemberRevoked;
import io.membership.contract.membership.MemberRolesChanged;
import io.membership.contract.membership.ReleaseReason;
import io.membership.contract.membership.SeatReleased;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class ReinstateTest {

    private static final UUID NEXT_INVITATION = UUID.fromString("00000000-0000-0000-0000-00000000c00a");

    private final FixtureConfiguration<Workspace> fixture = WorkspaceFixtures.fixture();

    private static final Instant REVOKED_AT = Instant.parse("2030-01-01T00:00:00Z");

    private TestExecutor<Workspace> annRevoked() {
        return fixture.givenCurrentTime(REVOKED_AT)
                .andGiven(team())
                .andGiven(new MemberRevoked(WORKSPACE, ANN, ANN_ACCOUNT, ANN_EMAIL, Set.of(Role.ADMIN),
                                MemberState.ACTIVE, INVITATION_1),
                        new SeatReleased(WORKSPACE, ANN, INVITATION_1, Products.WORKSPACE, ReleaseReason.REVOKED));
    }

    @Test
    void reInvitingARevokedMemberWithinTheWindowRestoresItsRoles() {
        annRevoked().andGivenCurrentTime(REVOKED_AT.plus(REINSTATE_WINDOW.minusDays(1)))
                .when(reserve(NEXT_INVITATION, ANN_EMAIL, Set.of(Role.MEMBER), OWNER_ACCOUNT))
                .expectEvents(reserved(ANN, NEXT_INVITATION, ANN_EMAIL))
                .expectState(ws -> assertThat(ws.rolesOf(ANN)).containsExactly(Role.ADMIN));
    }

    @Test
    void afterTheWindowTheInvitationsRolesApply() {
        annRevoked().andGivenCurrentTime(REVOKED_AT.plus(REINSTATE_WINDOW.plus(Duration.ofDays(1))))
                .when(reserve(NEXT_INVITATION, ANN_EMAIL, Set.of(Role.MEMBER), OWNER_ACCOUNT))
                .expectEvents(new MemberRolesChanged(WORKSPACE, ANN, ANN_ACCOUNT, ANN_EMAIL, Set.of(Role.ADMIN),
                                Set.of(Role.MEMBER)),
                        reserved(ANN, NEXT_INVITATION, ANN_EMAIL))
                .expectState(ws -> assertThat(ws.rolesOf(ANN)).containsExactly(Role.MEMBER));
    }
}
