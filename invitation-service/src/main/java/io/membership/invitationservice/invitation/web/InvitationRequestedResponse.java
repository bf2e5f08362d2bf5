package io.membership.invitationservice.invitation.web;

import java.util.UUID;

public record InvitationRequestedResponse(UUID invitationId, String status) {
}
