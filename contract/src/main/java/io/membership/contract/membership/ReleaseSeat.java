package io.membership.contract.membership;

import java.util.UUID;

public record ReleaseSeat(UUID workspaceId, UUID memberId, UUID invitationId, ReleaseReason reason)
        implements WorkspaceCommand {
}
