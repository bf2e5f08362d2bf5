package io.membership.contract.notification;

import io.membership.contract.WorkspaceEvent;

import java.util.UUID;

/** An email left for {@code recipient}; {@code sourceEventId} is the event that caused it (idempotency key). */
public record NotificationSent(UUID notificationId, UUID workspaceId, String sourceEventId, NotificationKind kind,
                               String recipient, String locale, UUID invitationId, UUID memberId)
        implements WorkspaceEvent {
}
