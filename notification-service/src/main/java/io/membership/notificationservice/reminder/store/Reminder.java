package io.membership.notificationservice.reminder.store;

import io.membership.contract.Role;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The reminder of one invitation attempt, with what its email needs. {@code sourceEventId} is the InvitationSent
 * event's id: the reminder's delivery key, so a reminder fired twice is still sent once.
 */
public record Reminder(UUID invitationId, int attempt, Instant remindAt, Instant expiresAt, String sourceEventId,
                       String correlationId, UUID workspaceId, UUID memberId, String email, String workspaceName,
                       Set<Role> roles, String locale) {
}
