package io.membership.membershipservice.workspace.command;

import io.membership.contract.Role;
import io.membership.contract.membership.ImportMembers;
import io.membership.contract.membership.MemberAdded;
import io.membership.contract.membership.MemberRolesChanged;
import io.membership.contract.membership.MemberTagsAssigned;
import io.membership.membershipservice.common.EmailAddress;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One import row inside the Workspace's unit of work: a new email is added; a known one is merged (the row's roles
 * and tags replace the member's when the row names any; the owner's roles never change this way). A row that would
 * grant OWNER is rejected on its own, the others still go in.
 */
final class MemberImport {

    private MemberImport() {
    }

    static ImportedRow merge(UUID workspaceId, Members members, ImportMembers.Row row, MemberIdGenerator memberIds) {
        String email = EmailAddress.parse(row.email())
                .orElseThrow(() -> new IllegalArgumentException("line " + row.line() + ": not a valid email address"));
        boolean rolesGiven = row.roles() != null && !row.roles().isEmpty();
        List<String> tags = MemberTags.checked(row.tags());
        Member existing = members.byEmail(email).orElse(null);
        boolean keepsItsRoles = existing != null && existing.isOwner();
        if (rolesGiven && !keepsItsRoles && MemberRoles.problem(row.roles()).isPresent()) {
            return ImportedRow.rejected(row.line(), email, MemberRoles.problem(row.roles()).get());
        }
        if (existing == null) {
            UUID memberId = memberIds.next();
            apply(new MemberAdded(workspaceId, memberId, email, MemberRoles.orDefault(row.roles())));
            if (!tags.isEmpty()) {
                apply(new MemberTagsAssigned(workspaceId, memberId, tags));
            }
            return new ImportedRow(row.line(), memberId, email, ImportedRow.Outcome.ADDED, null);
        }
        boolean changed = false;
        if (rolesGiven && !keepsItsRoles) {
            Set<Role> roles = MemberRoles.checked(row.roles());
            if (!roles.equals(existing.roles())) {
                apply(new MemberRolesChanged(workspaceId, existing.memberId(), existing.accountId(), email,
                        existing.roles(), roles));
                changed = true;
            }
        }
        if (!tags.isEmpty() && !tags.equals(existing.tags())) {
            apply(new MemberTagsAssigned(workspaceId, existing.memberId(), tags));
            changed = true;
        }
        return new ImportedRow(row.line(), existing.memberId(), email,
                changed ? ImportedRow.Outcome.UPDATED : ImportedRow.Outcome.UNCHANGED, null);
    }
}
