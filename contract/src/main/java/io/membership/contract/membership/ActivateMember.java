package io.membership.contract.membership;

import java.util.UUID;

public record ActivateMember(UUID workspaceId, UUID memberId, UUID invitationId, UUID accountId)
        implements WorkspaceCommand {
}
