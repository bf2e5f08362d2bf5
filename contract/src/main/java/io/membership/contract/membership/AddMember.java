package io.membership.contract.membership;

import io.membership.contract.Role;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Add one email by hand (state ADDED). {@code memberId} is chosen by the caller so the answer can name it. */
public record AddMember(UUID workspaceId, UUID memberId, String email, Set<Role> roles, List<String> tags,
                        UUID requestedBy) implements WorkspaceCommand {
}
