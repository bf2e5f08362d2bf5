package io.membership.platform.kafka;

import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.platform.events.CloudEventCodec;
import io.membership.platform.events.UnknownEventTypeException;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.function.Consumer;

/**
 * Decodes a Kafka record and hands it to {@code handler} unless this consumer already handled that event id. The
 * handler itself must be safe to repeat: a crash after it ran but before the mark means it runs again.
 * Records that are not readable events are counted and skipped, never retried forever.
 */
public class IdempotentEventHandler {

    private static final Logger log = LoggerFactory.getLogger(IdempotentEventHandler.class);

    private final CloudEventCodec codec;
    private final ProcessedEvents processed;
    private final MeterRegistry meters;

    public IdempotentEventHandler(CloudEventCodec codec, ProcessedEvents processed, MeterRegistry meters) {
        this.codec = codec;
        this.processed = processed;
        this.meters = meters;
    }

    public void handle(String consumer, ConsumerRecord<String, byte[]> record, Consumer<EventEnvelope<Event>> handler) {
        EventEnvelope<Event> event;
        try {
            event = codec.decode(record.value());
        } catch (UnknownEventTypeException e) {
            meters.counter("events.unreadable", "consumer", consumer, "topic", record.topic()).increment();
            log.warn("{} skipped unreadable record {}-{}@{}: {}", consumer, record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return;
        }
        if (processed.alreadyHandled(consumer, event.id())) {
            meters.counter("events.duplicates", "consumer", consumer).increment();
            return;
        }
        if (event.correlationId() != null) {
            MDC.put("correlationId", event.correlationId());
        }
        try {
            handler.accept(event);
            processed.markHandled(consumer, event.id());
            meters.counter("events.handled", "consumer", consumer, "type", event.type()).increment();
        } finally {
            MDC.remove("correlationId");
        }
    }
}
