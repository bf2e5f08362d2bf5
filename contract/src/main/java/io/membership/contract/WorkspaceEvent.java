package io.membership.contract;

import java.util.UUID;

public interface WorkspaceEvent extends Event {
    UUID workspaceId();

    @Override
    default String partitionKey() {
        return workspaceId().toString();
    }
}
