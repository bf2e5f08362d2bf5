package io.membership.notificationservice.delivery;

import io.membership.contract.notification.NotificationKind;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * One email that an event asks for. {@code sourceEventId}, the recipient and the kind identify it: the same event
 * redelivered names the same delivery. {@code invitationId} is set only on the emails whose failure means the
 * invitation did not reach the person (the invitation, a re-send): consumers read an outcome carrying it as that
 * invitation's delivery status, and a failed reminder or welcome must not turn a member into "Re-invite".
 */
public record DeliveryRequest(String sourceEventId, String correlationId, Instant eventTime, NotificationKind kind,
                              UUID workspaceId, String recipient, String locale, UUID invitationId, UUID memberId) {

    public DeliveryRequest {
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(recipient, "recipient");
    }

    /** Addresses differ only in case for every mail system that matters; the key must not tell them apart. */
    public String recipientKey() {
        return recipient.trim().toLowerCase(Locale.ROOT);
    }
}
