package io.membership.contract.invitation;

import io.membership.contract.WorkspaceEvent;

import java.util.UUID;

public record InvitationRejected(UUID invitationId, UUID workspaceId, UUID memberId, String email, String reason,
                                 String detail) implements WorkspaceEvent {
}
