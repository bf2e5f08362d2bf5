package io.membership.membershipservice.account.command;

import io.membership.contract.membership.AccountRegistered;
import io.membership.contract.membership.CurrentWorkspaceSwitched;
import io.membership.contract.membership.RegisterAccount;
import io.membership.contract.membership.SwitchWorkspace;
import io.membership.membershipservice.common.EmailAddress;
import io.membership.membershipservice.common.LocaleTag;
import io.membership.platform.axon.ContractCommandTargetResolver;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A person who can log in. The password lives in the credential store, never in this stream. */
@Aggregate(commandTargetResolver = ContractCommandTargetResolver.BEAN_NAME)
public class Account {

    @AggregateIdentifier
    private UUID accountId;
    private UUID currentWorkspace;

    protected Account() {
    }

    @CommandHandler
    public Account(RegisterAccount command) {
        String email = EmailAddress.parse(command.email())
                .orElseThrow(() -> new IllegalArgumentException("an account needs a valid email address"));
        String locale = command.locale() == null ? null : LocaleTag.parse(command.locale())
                .orElseThrow(() -> new IllegalArgumentException("locale must be a language tag such as en or fr"));
        apply(new AccountRegistered(command.accountId(), email, locale));
    }

    /** The membership was confirmed by the Workspace just before; switching to the current one changes nothing. */
    @CommandHandler
    public void handle(SwitchWorkspace command) {
        if (command.workspaceId() == null) {
            throw new IllegalArgumentException("a workspace to switch to is required");
        }
        if (!command.workspaceId().equals(currentWorkspace)) {
            apply(new CurrentWorkspaceSwitched(accountId, command.workspaceId()));
        }
    }

    @EventSourcingHandler
    void on(AccountRegistered event) {
        accountId = event.accountId();
    }

    @EventSourcingHandler
    void on(CurrentWorkspaceSwitched event) {
        currentWorkspace = event.workspaceId();
    }
}
