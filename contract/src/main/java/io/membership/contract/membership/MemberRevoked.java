package io.membership.contract.membership;

import io.membership.contract.MemberState;
import io.membership.contract.Role;
import io.membership.contract.WorkspaceEvent;

import java.util.Set;
import java.util.UUID;

/**
 * Access ended: the member is REVOKED (guidance Invite) and stays listed. {@code invitationId} is the member's
 * latest invitation (null if none): a pending one must die. {@code SeatReleased(REVOKED)} follows for every seat held.
 * {@code previousRoles} are kept for reinstating on a re-invite.
 */
public record MemberRevoked(UUID workspaceId, UUID memberId, UUID accountId, String email, Set<Role> previousRoles,
                            MemberState previousState, UUID invitationId) implements WorkspaceEvent {
}
