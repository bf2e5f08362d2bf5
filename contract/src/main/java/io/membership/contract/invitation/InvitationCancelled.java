package io.membership.contract.invitation;

import io.membership.contract.WorkspaceEvent;

import java.util.UUID;

/**
 * The invitation is dead: its link no longer opens anything. membership-service releases the seat if the member was
 * still INVITED by it (reason CANCELLED → member ADDED). {@code memberId} is null if no seat was ever reserved.
 */
public record InvitationCancelled(UUID invitationId, UUID workspaceId, UUID memberId, String email,
                                  CancellationReason reason) implements WorkspaceEvent {
}
