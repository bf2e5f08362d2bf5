package io.membership.notificationservice.delivery.events;

import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.notification.NotificationFailed;
import io.membership.contract.notification.NotificationKind;
import io.membership.contract.notification.NotificationSent;
import io.membership.notificationservice.delivery.store.DeliveryRecord;
import io.membership.notificationservice.delivery.store.DeliveryStatus;
import io.membership.platform.events.CloudEventCodec;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationEventsTest {

    private static final Instant SETTLED = Instant.parse("2030-01-02T03:04:05Z");

    private final String id = UUID.randomUUID().toString();
    private final String workspaceId = UUID.randomUUID().toString();
    private final String invitationId = UUID.randomUUID().toString();
    private final String memberId = UUID.randomUUID().toString();
    private final String outcomeEventId = UUID.randomUUID().toString();

    @Test
    void sentDeliveryBecomesNotificationSentFromTheService() {
        EventEnvelope<Event> envelope = NotificationEvents.outcomeOf(record(DeliveryStatus.SENT, null, false));

        assertThat(envelope.id()).isEqualTo(outcomeEventId);
        assertThat(envelope.source()).isEqualTo("notification-service");
        assertThat(envelope.type()).isEqualTo("NotificationSent");
        assertThat(envelope.dataVersion()).isEqualTo(1);
        assertThat(envelope.subject()).isEqualTo(id);
        assertThat(envelope.time()).isEqualTo(SETTLED);
        assertThat(envelope.workspaceId()).isEqualTo(workspaceId);
        assertThat(envelope.actor()).isEqualTo("system");
        assertThat(envelope.correlationId()).isEqualTo("corr-1");
        assertThat(envelope.sequence()).isZero();
        assertThat(envelope.data()).isEqualTo(new NotificationSent(UUID.fromString(id), UUID.fromString(workspaceId),
                "source-event", NotificationKind.INVITATION, "invitee@example.com", "fr",
                UUID.fromString(invitationId), UUID.fromString(memberId)));
    }

    @Test
    void failedDeliveryBecomesNotificationFailedWithItsReason() {
        EventEnvelope<Event> envelope = NotificationEvents.outcomeOf(
                record(DeliveryStatus.FAILED, "invalid recipient address", true));

        assertThat(envelope.type()).isEqualTo("NotificationFailed");
        assertThat(envelope.data()).isEqualTo(new NotificationFailed(UUID.fromString(id),
                UUID.fromString(workspaceId), "source-event", NotificationKind.INVITATION, "invitee@example.com",
                UUID.fromString(invitationId), UUID.fromString(memberId), "invalid recipient address", true));
    }

    @Test
    void outcomeSurvivesTheWireFormat() {
        CloudEventCodec codec = new CloudEventCodec();
        EventEnvelope<Event> envelope = NotificationEvents.outcomeOf(record(DeliveryStatus.SENT, null, false));

        assertThat(codec.decode(codec.encode(envelope))).isEqualTo(envelope);
    }

    @Test
    void deliveryStillSendingHasNoOutcome() {
        assertThatThrownBy(() -> NotificationEvents.outcomeOf(record(DeliveryStatus.SENDING, null, false)))
                .isInstanceOf(IllegalStateException.class);
    }

    private DeliveryRecord record(DeliveryStatus status, String reason, boolean permanent) {
        return new DeliveryRecord(id, "source-event", "invitee@example.com", NotificationKind.INVITATION, workspaceId,
                invitationId, memberId, "fr", "corr-1", status, 1, null, SETTLED.minusSeconds(1), SETTLED, reason,
                permanent, outcomeEventId, null);
    }
}
