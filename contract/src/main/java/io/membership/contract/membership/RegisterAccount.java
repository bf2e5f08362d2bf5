package io.membership.contract.membership;

import io.membership.contract.Command;

import java.util.UUID;

public record RegisterAccount(UUID accountId, String email, String locale) implements Command {
    @Override
    public String targetAggregateId() {
        return accountId.toString();
    }
}
