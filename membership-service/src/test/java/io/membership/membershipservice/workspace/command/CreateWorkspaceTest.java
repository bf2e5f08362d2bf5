package io.membership.membershipservice.workspace.command;

import io.membership.contract.MemberState;
import io.membership.contract.Products;
import io.membership.contract.membership.CreateWorkspace;
import io.membership.contract.membership.WorkspaceCreated;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.ANN;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.OWNER_ACCOUNT;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.OWNER_EMAIL;
import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;

class CreateWorkspaceTest {

    private final FixtureConfiguration<Workspace> fixture = WorkspaceFixtures.fixture();

    private static CreateWorkspace create(String name, Map<String, Integer> seats, String locale) {
        return new CreateWorkspace(WORKSPACE, name, OWNER_ACCOUNT, "Owner@ACME.test", seats, locale);
    }

    @Test
    void theCreatorBecomesTheActiveOwner() {
        Map<String, Integer> seats = Map.of(Products.WORKSPACE, 5, Products.CONVERSATIONS, 2);
        fixture.givenNoPriorActivity()
                .when(create("  Acme  ", seats, "fr"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new WorkspaceCreated(WORKSPACE, "Acme", OWNER_ACCOUNT, ANN, OWNER_EMAIL, seats, "fr"))
                .expectState(workspace -> assertThat(workspace.stateOf(ANN)).isEqualTo(MemberState.ACTIVE));
    }

    @Test
    void theDefaultLocaleIsEnglish() {
        Map<String, Integer> seats = Map.of(Products.WORKSPACE, 1);
        fixture.givenNoPriorActivity()
                .when(create("Acme", seats, null))
                .expectEvents(new WorkspaceCreated(WORKSPACE, "Acme", OWNER_ACCOUNT, ANN, OWNER_EMAIL, seats, "en"));
    }

    @Test
    void refusesAWorkspaceWithoutWorkspaceSeats() {
        fixture.givenNoPriorActivity()
                .when(create("Acme", Map.of(Products.CONVERSATIONS, 2), null))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void refusesZeroWorkspaceSeatsBecauseTheOwnerHoldsOne() {
        fixture.givenNoPriorActivity()
                .when(create("Acme", Map.of(Products.WORKSPACE, 0), null))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnInvalidProductName() {
        fixture.givenNoPriorActivity()
                .when(create("Acme", Map.of(Products.WORKSPACE, 2, "Add Ons", 1), null))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void refusesMoreThanTheMaximumSeats() {
        fixture.givenNoPriorActivity()
                .when(create("Acme", Map.of(Products.WORKSPACE, 100_001), null))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void refusesABlankOrTooLongName() {
        fixture.givenNoPriorActivity()
                .when(create("   ", Map.of(Products.WORKSPACE, 1), null))
                .expectException(IllegalArgumentException.class);
        WorkspaceFixtures.fixture().givenNoPriorActivity()
                .when(create("x".repeat(101), Map.of(Products.WORKSPACE, 1), null))
                .expectException(IllegalArgumentException.class);
    }
}
