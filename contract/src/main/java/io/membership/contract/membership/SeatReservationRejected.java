package io.membership.contract.membership;

import io.membership.contract.WorkspaceEvent;

import java.util.UUID;

/** No seat was reserved for the invitation. {@code memberId} is null when the rejection added no member. */
public record SeatReservationRejected(UUID workspaceId, UUID invitationId, UUID memberId, String email,
                                      RejectionReason reason, String detail) implements WorkspaceEvent {
}
