package io.membership.contract.membership;

import java.util.List;
import java.util.UUID;

public record AssignTags(UUID workspaceId, UUID memberId, List<String> tags, UUID requestedBy)
        implements WorkspaceCommand {
}
