package io.membership.notificationservice.delivery.events;

import io.membership.contract.Topics;
import io.membership.notificationservice.delivery.store.DeliveryRecord;
import io.membership.platform.events.CloudEventCodec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes a delivery's outcome to {@link Topics#NOTIFICATION_EVENTS}, keyed by workspace, and waits for the broker's
 * acknowledgement (acks=all, idempotent producer) so the caller only marks it published once it really is.
 */
@Component
public class NotificationPublisher {

    private final KafkaTemplate<String, byte[]> kafka;
    private final CloudEventCodec codec;
    private final Duration timeout;

    public NotificationPublisher(KafkaTemplate<String, byte[]> kafka, CloudEventCodec codec,
                                 @Value("${membership.notification.publish-timeout:15s}") Duration timeout) {
        this.kafka = kafka;
        this.codec = codec;
        this.timeout = timeout;
    }

    public void publishOutcome(DeliveryRecord record) {
        byte[] value = codec.encode(NotificationEvents.outcomeOf(record));
        try {
            kafka.send(Topics.NOTIFICATION_EVENTS, record.workspaceId(), value)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotificationPublishingFailed(record.id(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new NotificationPublishingFailed(record.id(), e);
        }
    }

    public static class NotificationPublishingFailed extends RuntimeException {
        NotificationPublishingFailed(String notificationId, Exception cause) {
            super("outcome of notification " + notificationId + " not published", cause);
        }
    }
}
