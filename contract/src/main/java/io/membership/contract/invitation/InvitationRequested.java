package io.membership.contract.invitation;

import io.membership.contract.Role;
import io.membership.contract.WorkspaceEvent;

import java.util.Set;
import java.util.UUID;

/** Step 1 of the invite saga: membership-service answers with SeatReserved or SeatReservationRejected. */
public record InvitationRequested(UUID invitationId, UUID workspaceId, String email, Set<Role> roles, String locale,
                                  UUID invitedBy) implements WorkspaceEvent {
}
