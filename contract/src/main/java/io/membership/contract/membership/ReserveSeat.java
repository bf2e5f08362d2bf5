package io.membership.contract.membership;

import io.membership.contract.Role;

import java.util.Set;
import java.util.UUID;

/** Sent by membership-service when an invitation is requested; {@code requestedBy} is re-checked here. */
public record ReserveSeat(UUID workspaceId, UUID invitationId, String email, Set<Role> roles,
                          UUID requestedBy) implements WorkspaceCommand {
}
