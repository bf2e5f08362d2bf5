package io.membership.notificationservice.messaging;

import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;

/** One Kafka consumer of this service: its name keys both the handled-events ledger and its dead letters. */
public interface EventConsumer {

    String name();

    /** Must be safe to repeat: an event is handled again when a crash comes before it is marked handled. */
    void on(EventEnvelope<Event> event);
}
