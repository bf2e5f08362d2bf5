package io.membership.invitationservice.invitation.web;

import java.time.Instant;
import java.util.UUID;

/** What the invitee sees before accepting; {@code next} tells the page whether to ask for a log-in or a password. */
public record InvitationPreview(UUID invitationId, String workspaceName, String email, String status,
                                Instant expiresAt, boolean accountExists, NextStep next) {

    public enum NextStep { LOG_IN, CREATE_PASSWORD }
}
