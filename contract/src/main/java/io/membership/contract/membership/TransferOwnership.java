package io.membership.contract.membership;

import java.util.UUID;

public record TransferOwnership(UUID workspaceId, UUID toMemberId, UUID requestedBy) implements WorkspaceCommand {
}
