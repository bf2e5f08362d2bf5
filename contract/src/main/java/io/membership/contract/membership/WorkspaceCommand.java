package io.membership.contract.membership;

import io.membership.contract.Command;

import java.util.UUID;

public interface WorkspaceCommand extends Command {
    UUID workspaceId();

    @Override
    default String targetAggregateId() {
        return workspaceId().toString();
    }
}
