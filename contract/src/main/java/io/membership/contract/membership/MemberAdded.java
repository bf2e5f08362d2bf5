package io.membership.contract.membership;

import io.membership.contract.Role;
import io.membership.contract.WorkspaceEvent;

import java.util.Set;
import java.util.UUID;

/** An email got its place in the workspace (state ADDED), by hand, import, or because an invitation named it. */
public record MemberAdded(UUID workspaceId, UUID memberId, String email, Set<Role> roles) implements WorkspaceEvent {
}
