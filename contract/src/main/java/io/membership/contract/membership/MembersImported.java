package io.membership.contract.membership;

import io.membership.contract.WorkspaceEvent;

import java.util.UUID;

/**
 * Summary of one CSV import, appended after its MemberAdded / MemberRolesChanged / MemberTagsAssigned events.
 * Rejected rows are reported to the caller only (they may hold personal data that never became a member).
 */
public record MembersImported(UUID workspaceId, UUID importId, int rows, int added, int updated, int unchanged,
                              int rejected) implements WorkspaceEvent {
}
