package io.membership.contract.invitation;

import java.util.UUID;

public record CancelInvitation(UUID invitationId, CancellationReason reason, UUID requestedBy)
        implements InvitationCommand {
}
