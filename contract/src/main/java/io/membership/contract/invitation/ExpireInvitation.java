package io.membership.contract.invitation;

import java.util.UUID;

public record ExpireInvitation(UUID invitationId) implements InvitationCommand {
}
