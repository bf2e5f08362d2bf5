package io.membership.membershipservice.workspace.command;

import io.membership.contract.Role;
import io.membership.contract.membership.ChangeRoles;
import io.membership.contract.membership.MemberRolesChanged;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class ChangeRolesTest {

    private final FixtureConfiguration<Workspace> fixture = WorkspaceFixtures.fixture();

    private static ChangeRoles change(UUID member, UUID actor, Role... roles) {
        return new ChangeRoles(WORKSPACE, member, Set.of(roles), actor);
    }

    @Test
    void theOwnerGivesAMemberSeveralRoles() {
        fixture.given(team())
                .when(change(BOB, OWNER_ACCOUNT, Role.ADMIN, Role.AUDITOR))
                .expectEvents(new MemberRolesChanged(WORKSPACE, BOB, BOB_ACCOUNT, BOB_EMAIL, Set.of(Role.MEMBER),
                        Set.of(Role.ADMIN, Role.AUDITOR)))
                .expectState(ws -> assertThat(ws.rolesOf(BOB)).containsExactlyInAnyOrder(Role.ADMIN, Role.AUDITOR));
    }

    @Test
    void anAdminChangesANonOwnersRoles() {
        fixture.given(team())
                .when(change(CAROL, ANN_ACCOUNT, Role.AUDITOR))
                .expectEvents(new MemberRolesChanged(WORKSPACE, CAROL, null, CAROL_EMAIL, Set.of(Role.MEMBER),
                        Set.of(Role.AUDITOR)));
    }

    @Test
    void adminCannotChangeTheOwnersRoles() {
        fixture.given(team())
                .when(change(OWNER_MEMBER, ANN_ACCOUNT, Role.MEMBER))
                .expectNoEvents()
                .expectException(Refused.ownerProtected());
    }

    @Test
    void theOwnerCannotDemoteItself() {
        fixture.given(team())
                .when(change(OWNER_MEMBER, OWNER_ACCOUNT, Role.ADMIN))
                .expectNoEvents()
                .expectException(Refused.ownerProtected());
    }

    @Test
    void ownerIsNeverGrantedByARoleChange() {
        fixture.given(team())
                .when(change(ANN, OWNER_ACCOUNT, Role.OWNER))
                .expectNoEvents()
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void aMemberWithoutAdminRightsCannotChangeRoles() {
        fixture.given(team())
                .when(change(CAROL, BOB_ACCOUNT, Role.ADMIN))
                .expectNoEvents()
                .expectException(Refused.forbidden());
    }

    @Test
    void anAccountFromAnotherWorkspaceGetsNotFound() {
        fixture.given(team())
                .when(change(BOB, STRANGER_ACCOUNT, Role.ADMIN))
                .expectNoEvents()
                .expectException(Refused.notFound());
    }

    @Test
    void anUnknownMemberIsNotFound() {
        fixture.given(team())
                .when(change(UUID.randomUUID(), OWNER_ACCOUNT, Role.ADMIN))
                .expectNoEvents()
                .expectException(Refused.notFound());
    }

    @Test
    void rolesCannotBeEmpty() {
        fixture.given(team())
                .when(change(BOB, OWNER_ACCOUNT))
                .expectNoEvents()
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void theSameRolesAgainChangeNothing() {
        fixture.given(team())
                .when(change(BOB, OWNER_ACCOUNT, Role.MEMBER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
