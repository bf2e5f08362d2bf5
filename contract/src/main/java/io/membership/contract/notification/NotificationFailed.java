package io.membership.contract.notification;

import io.membership.contract.WorkspaceEvent;

import java.util.UUID;

public record NotificationFailed(UUID notificationId, UUID workspaceId, String sourceEventId, NotificationKind kind,
                                 String recipient, UUID invitationId, UUID memberId, String reason, boolean permanent)
        implements WorkspaceEvent {
}
