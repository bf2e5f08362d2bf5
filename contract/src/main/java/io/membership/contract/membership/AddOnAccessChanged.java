package io.membership.contract.membership;

import io.membership.contract.AccessLevel;
import io.membership.contract.WorkspaceEvent;

import java.util.UUID;

/**
 * The member's access to add-on {@code product} went from {@code previous} to {@code level}. Only AGENT holds a seat:
 * moving to AGENT takes one, moving away from AGENT frees it. Moving a seat to another member is two such events.
 */
public record AddOnAccessChanged(UUID workspaceId, UUID memberId, String product, AccessLevel previous,
                                 AccessLevel level) implements WorkspaceEvent {
}
