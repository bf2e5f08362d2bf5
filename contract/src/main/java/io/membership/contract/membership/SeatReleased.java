package io.membership.contract.membership;

import io.membership.contract.WorkspaceEvent;

import java.util.UUID;

/** The member no longer holds a seat of {@code product}; {@code reason} says which state it moved to. */
public record SeatReleased(UUID workspaceId, UUID memberId, UUID invitationId, String product,
                           ReleaseReason reason) implements WorkspaceEvent {
}
