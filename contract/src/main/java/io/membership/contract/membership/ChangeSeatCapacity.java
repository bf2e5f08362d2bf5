package io.membership.contract.membership;

import java.util.UUID;

public record ChangeSeatCapacity(UUID workspaceId, String product, int capacity, UUID requestedBy)
        implements WorkspaceCommand {
}
