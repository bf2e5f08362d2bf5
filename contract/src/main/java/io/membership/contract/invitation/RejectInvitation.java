package io.membership.contract.invitation;

import java.util.UUID;

public record RejectInvitation(UUID invitationId, UUID memberId, String reason, String detail) implements InvitationCommand {
}
