package io.membership.contract.membership;

import io.membership.contract.AccessLevel;

import java.util.UUID;

/** DESIGN's AssignSeat (level AGENT) and the add-on's RevokeSeat (VIEWER or NO_ACCESS) in one command. */
public record ChangeAddOnAccess(UUID workspaceId, UUID memberId, String product, AccessLevel level,
                                UUID requestedBy) implements WorkspaceCommand {
}
