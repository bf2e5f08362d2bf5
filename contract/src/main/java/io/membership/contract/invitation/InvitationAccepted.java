package io.membership.contract.invitation;

import io.membership.contract.WorkspaceEvent;

import java.util.UUID;

public record InvitationAccepted(UUID invitationId, UUID workspaceId, UUID memberId, UUID accountId, String email)
        implements WorkspaceEvent {
}
