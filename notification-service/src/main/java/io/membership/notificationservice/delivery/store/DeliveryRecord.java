package io.membership.notificationservice.delivery.store;

import io.membership.contract.notification.NotificationKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * What happened to one email: claimed, sent or failed, and whether the outcome event went out. Holds no message
 * content, so the invitation link (and its token) never reaches the database.
 *
 * @param id             the notification id (subject of NotificationSent / NotificationFailed)
 * @param claims         how many times a sender took this delivery on; more than one means an attempt was interrupted
 * @param outcomeEventId the CloudEvents id of the outcome event, fixed when the outcome is, so a republish is a duplicate
 *                       that consumers recognise
 */
@Document(DeliveryRecords.COLLECTION)
public record DeliveryRecord(
        @Id String id,
        String sourceEventId,
        String recipient,
        NotificationKind kind,
        String workspaceId,
        String invitationId,
        String memberId,
        String locale,
        String correlationId,
        DeliveryStatus status,
        int claims,
        Instant leaseUntil,
        Instant createdAt,
        Instant settledAt,
        String failureReason,
        boolean permanentFailure,
        String outcomeEventId,
        Instant publishedAt) {

    public boolean published() {
        return publishedAt != null;
    }
}
