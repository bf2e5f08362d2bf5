package io.membership.contract.membership;

import java.util.UUID;

public record RevokeMember(UUID workspaceId, UUID memberId, UUID requestedBy) implements WorkspaceCommand {
}
