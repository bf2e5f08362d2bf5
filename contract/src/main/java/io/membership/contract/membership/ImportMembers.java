package io.membership.contract.membership;

import io.membership.contract.Role;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Rows already validated at the edge; emails are distinct (case-insensitive). Existing emails are merged. */
public record ImportMembers(UUID workspaceId, UUID importId, List<Row> rows, int rejectedRows, UUID requestedBy)
        implements WorkspaceCommand {

    public record Row(int line, String email, Set<Role> roles, List<String> tags) {
    }
}
