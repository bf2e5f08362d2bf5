package io.membership.contract.membership;

import io.membership.contract.WorkspaceEvent;

import java.util.List;
import java.util.UUID;

/** The member's tags are now exactly {@code tags} (sorted, distinct); an empty list clears them. */
public record MemberTagsAssigned(UUID workspaceId, UUID memberId, List<String> tags) implements WorkspaceEvent {
}
