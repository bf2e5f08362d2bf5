package io.membership.contract.invitation;

import io.membership.contract.WorkspaceEvent;

import java.time.Instant;
import java.util.UUID;

public record InvitationExpired(UUID invitationId, UUID workspaceId, UUID memberId, String email, Instant expiredAt)
        implements WorkspaceEvent {
}
