package io.membership.contract.membership;

import io.membership.contract.Role;

import java.util.Set;
import java.util.UUID;

public record ChangeRoles(UUID workspaceId, UUID memberId, Set<Role> roles, UUID requestedBy)
        implements WorkspaceCommand {
}
