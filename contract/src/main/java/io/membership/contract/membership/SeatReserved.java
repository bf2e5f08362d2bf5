package io.membership.contract.membership;

import io.membership.contract.WorkspaceEvent;

import java.util.UUID;

/** A seat of {@code product} is held for the member while the invitation is pending (state INVITED). */
public record SeatReserved(UUID workspaceId, UUID memberId, UUID invitationId, String product, String email,
                           String workspaceName) implements WorkspaceEvent {
}
