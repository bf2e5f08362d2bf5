package io.membership.membershipservice.workspace.command;

import io.membership.contract.Role;
import io.membership.contract.membership.MemberRolesChanged;
import io.membership.contract.membership.OwnershipTransferred;
import io.membership.contract.membership.TransferOwnership;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class TransferOwnershipTest {

    private final FixtureConfiguration<Workspace> fixture = WorkspaceFixtures.fixture();

    private static final OwnershipTransferred TO_ANN = new OwnershipTransferred(WORKSPACE, OWNER_MEMBER, OWNER_ACCOUNT,
            OWNER_EMAIL, ANN, ANN_ACCOUNT, ANN_EMAIL);

    @Test
    void theOwnerHandsOwnershipToAnActiveAdminAndBecomesAdmin() {
        fixture.given(team())
                .when(new TransferOwnership(WORKSPACE, ANN, OWNER_ACCOUNT))
                .expectEvents(TO_ANN)
                .expectState(ws -> {
                    assertThat(ws.rolesOf(ANN)).containsExactly(Role.OWNER);
                    assertThat(ws.rolesOf(OWNER_MEMBER)).containsExactly(Role.ADMIN);
                    assertThat(ws.owners()).isEqualTo(1);
                });
    }

    @Test
    void otherRolesOfTheNewOwnerAreKept() {
        List<Object> given = new ArrayList<>(team());
        given.add(new MemberRolesChanged(WORKSPACE, ANN, ANN_ACCOUNT, ANN_EMAIL, Set.of(Role.ADMIN),
                Set.of(Role.ADMIN, Role.AUDITOR)));
        fixture.given(given)
                .when(new TransferOwnership(WORKSPACE, ANN, OWNER_ACCOUNT))
                .expectEvents(TO_ANN)
                .expectState(ws -> assertThat(ws.rolesOf(ANN)).containsExactlyInAnyOrder(Role.OWNER, Role.AUDITOR));
    }

    @Test
    void cannotTransferOwnershipToAPendingMember() {
        List<Object> given = new ArrayList<>(team());
        given.add(new MemberRolesChanged(WORKSPACE, CAROL, null, CAROL_EMAIL, Set.of(Role.MEMBER), Set.of(Role.ADMIN)));
        fixture.given(given)
                .when(new TransferOwnership(WORKSPACE, CAROL, OWNER_ACCOUNT))
                .expectNoEvents()
                .expectException(Refused.conflict("not-an-active-admin"));
    }

    @Test
    void cannotTransferOwnershipToANonAdmin() {
        fixture.given(team())
                .when(new TransferOwnership(WORKSPACE, BOB, OWNER_ACCOUNT))
                .expectNoEvents()
                .expectException(Refused.conflict("not-an-active-admin"));
    }

    @Test
    void anAdminCannotTransferOwnership() {
        fixture.given(team())
                .when(new TransferOwnership(WORKSPACE, ANN, ANN_ACCOUNT))
                .expectNoEvents()
                .expectException(Refused.forbidden());
    }

    @Test
    void theFormerOwnerCannotTransferAgain() {
        fixture.given(team()).andGiven(TO_ANN)
                .when(new TransferOwnership(WORKSPACE, ANN, OWNER_ACCOUNT))
                .expectNoEvents()
                .expectException(Refused.forbidden());
    }

    @Test
    void theOwnerCannotTransferToItself() {
        fixture.given(team())
                .when(new TransferOwnership(WORKSPACE, OWNER_MEMBER, OWNER_ACCOUNT))
                .expectNoEvents()
                .expectException(Refused.conflict("already-owner"));
    }
}
