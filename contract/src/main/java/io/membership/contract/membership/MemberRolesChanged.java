package io.membership.contract.membership;

import io.membership.contract.Role;
import io.membership.contract.WorkspaceEvent;

import java.util.Set;
import java.util.UUID;

/** The member's roles are now {@code roles}. Never grants or removes OWNER: that is {@link OwnershipTransferred}. */
public record MemberRolesChanged(UUID workspaceId, UUID memberId, UUID accountId, String email,
                                 Set<Role> previousRoles, Set<Role> roles) implements WorkspaceEvent {
}
