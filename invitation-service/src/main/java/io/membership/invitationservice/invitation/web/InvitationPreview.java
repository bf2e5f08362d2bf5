package io.membership.invitationservice.invitation.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the invitee sees before accepting; {@code next} tells the page whether to ask for a log-in or a password.
 * {@code roles}, {@code invitedBy} (the inviter's email, when known) and {@code locale} were added for the invitation
 * page; clients that ignore unknown members are unaffected.
 */
public record InvitationPreview(UUID invitationId, String workspaceName, String email, String status,
                                Instant expiresAt, boolean accountExists, NextStep next, List<String> roles,
                                String invitedBy, String locale) {

    public enum NextStep { LOG_IN, CREATE_PASSWORD }
}
