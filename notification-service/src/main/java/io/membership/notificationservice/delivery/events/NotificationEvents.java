package io.membership.notificationservice.delivery.events;

import io.membership.contract.Event;
import io.membership.contract.EventCatalog;
import io.membership.contract.EventEnvelope;
import io.membership.contract.notification.NotificationFailed;
import io.membership.contract.notification.NotificationSent;
import io.membership.notificationservice.delivery.store.DeliveryRecord;

import java.util.UUID;

/**
 * The outcome event of a settled delivery, built only from the record: a republish after a crash yields the same
 * event (same id, same time), which consumers drop as a duplicate.
 */
public final class NotificationEvents {

    public static final String SOURCE = "notification-service";

    public static EventEnvelope<Event> outcomeOf(DeliveryRecord record) {
        Event event = switch (record.status()) {
            case SENT -> new NotificationSent(UUID.fromString(record.id()), UUID.fromString(record.workspaceId()),
                    record.sourceEventId(), record.kind(), record.recipient(), record.locale(),
                    uuid(record.invitationId()), uuid(record.memberId()));
            case FAILED -> new NotificationFailed(UUID.fromString(record.id()), UUID.fromString(record.workspaceId()),
                    record.sourceEventId(), record.kind(), record.recipient(), uuid(record.invitationId()),
                    uuid(record.memberId()), record.failureReason(), record.permanentFailure());
            case SENDING -> throw new IllegalStateException("delivery " + record.id() + " has no outcome yet");
        };
        EventCatalog.Entry entry = EventCatalog.byClass(event.getClass())
                .orElseThrow(() -> new IllegalStateException("not in the event catalog: " + event.getClass()));
        return new EventEnvelope<>(record.outcomeEventId(), SOURCE, entry.type(), entry.version(), record.id(),
                record.settledAt(), record.workspaceId(), EventEnvelope.SYSTEM_ACTOR, record.correlationId(), 0,
                event);
    }

    private static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }

    private NotificationEvents() {
    }
}
