package io.membership.contract.invitation;

import java.util.UUID;

/** membership-service reserved a seat: the invitation can be sent. */
public record ConfirmInvitationSeat(UUID invitationId, UUID memberId, String workspaceName) implements InvitationCommand {
}
