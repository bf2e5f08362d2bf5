package io.membership.contract.invitation;

import java.util.UUID;

public record ResendInvitation(UUID invitationId, UUID requestedBy) implements InvitationCommand {
}
