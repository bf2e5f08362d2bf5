package io.membership.contract.membership;

import java.util.UUID;

public record RemoveMember(UUID workspaceId, UUID memberId, UUID requestedBy) implements WorkspaceCommand {
}
