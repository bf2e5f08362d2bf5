package io.membership.membershipservice.account.command;

import io.membership.contract.membership.AccountRegistered;
import io.membership.contract.membership.CurrentWorkspaceSwitched;
import io.membership.contract.membership.RegisterAccount;
import io.membership.contract.membership.SwitchWorkspace;
import io.membership.platform.axon.ContractCommandTargetResolver;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

class AccountTest {

    private static final UUID ACCOUNT = UUID.fromString("00000000-0000-0000-0000-0000000ac001");

    private FixtureConfiguration<Account> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Account.class);
        fixture.registerCommandTargetResolver(new ContractCommandTargetResolver());
    }

    @Test
    void registersAnAccountWithItsEmailInLowerCase() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAccount(ACCOUNT, "Ann@ACME.test", "fr"))
                .expectEvents(new AccountRegistered(ACCOUNT, "ann@acme.test", "fr"));
    }

    @Test
    void anAccountMayHaveNoLanguageYet() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAccount(ACCOUNT, "ann@acme.test", null))
                .expectEvents(new AccountRegistered(ACCOUNT, "ann@acme.test", null));
    }

    @Test
    void refusesAnInvalidEmail() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAccount(ACCOUNT, "ann@", null))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAMalformedLocale() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAccount(ACCOUNT, "ann@acme.test", "english please"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void switchesTheCurrentWorkspace() {
        UUID workspace = UUID.randomUUID();
        fixture.given(new AccountRegistered(ACCOUNT, "ann@acme.test", null))
                .when(new SwitchWorkspace(ACCOUNT, workspace))
                .expectEvents(new CurrentWorkspaceSwitched(ACCOUNT, workspace));
    }

    @Test
    void switchingToTheCurrentWorkspaceChangesNothing() {
        UUID workspace = UUID.randomUUID();
        fixture.given(new AccountRegistered(ACCOUNT, "ann@acme.test", null),
                        new CurrentWorkspaceSwitched(ACCOUNT, workspace))
                .when(new SwitchWorkspace(ACCOUNT, workspace))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
