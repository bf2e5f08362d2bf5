package io.membership.contract.membership;

import io.membership.contract.Command;

import java.util.UUID;

public record SwitchWorkspace(UUID accountId, UUID workspaceId) implements Command {
    @Override
    public String targetAggregateId() {
        return accountId.toString();
    }
}
