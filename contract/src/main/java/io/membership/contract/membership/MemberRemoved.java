package io.membership.contract.membership;

import io.membership.contract.WorkspaceEvent;

import java.util.UUID;

/**
 * The member left the list; its history stays in the event log. Seats it held were released just before
 * ({@code SeatReleased(REVOKED)}); {@code invitationId} is its latest invitation (null if none), which must die.
 */
public record MemberRemoved(UUID workspaceId, UUID memberId, UUID accountId, String email, UUID invitationId)
        implements WorkspaceEvent {
}
