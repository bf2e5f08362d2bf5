package io.membership.platform.kafka;

import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.platform.events.CloudEventCodec;
import io.membership.platform.events.UnknownEventTypeException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.listener.BatchListenerFailedException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Decodes Kafka records and hands each to a handler unless this consumer already handled that event id. A whole
 * poll is checked with one look-up and marked with one write, so the bookkeeping costs two round trips per poll, not
 * per event. The handler itself must be safe to repeat: a crash after it ran but before the mark means it runs again.
 * Records that are not readable events are counted and skipped, never retried forever.
 */
public class IdempotentEventHandler {

    /** Handles one decoded event; answers whether it counts as handled (false: leave it unmarked, e.g. parked). */
    @FunctionalInterface
    public interface RecordHandler {
        boolean handle(ConsumerRecord<String, byte[]> record, EventEnvelope<Event> event);
    }

    private static final Logger log = LoggerFactory.getLogger(IdempotentEventHandler.class);

    private final CloudEventCodec codec;
    private final ProcessedEvents processed;
    private final MeterRegistry meters;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public IdempotentEventHandler(CloudEventCodec codec, ProcessedEvents processed, MeterRegistry meters) {
        this.codec = codec;
        this.processed = processed;
        this.meters = meters;
    }

    /** One record; a failing handler's own exception reaches the caller. */
    public void handle(String consumer, ConsumerRecord<String, byte[]> record, Consumer<EventEnvelope<Event>> handler) {
        try {
            handleAll(consumer, List.of(record), everyOne(handler));
        } catch (BatchListenerFailedException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    public void handleAll(String consumer, List<ConsumerRecord<String, byte[]>> records,
                          Consumer<EventEnvelope<Event>> handler) {
        handleAll(consumer, records, everyOne(handler));
    }

    /**
     * As {@link #handleAll(String, List, RecordHandler)}, with the handlers' deferred writes done by
     * {@code beforeMarking} first: if they fail, no event of the poll is marked and all of them come again.
     */
    public void handleAll(String consumer, List<ConsumerRecord<String, byte[]>> records,
                          Consumer<EventEnvelope<Event>> handler, Runnable beforeMarking) {
        handleAll(consumer, records, everyOne(handler), beforeMarking);
    }

    /**
     * Handles the records in order. When a handler fails, the events before it stay marked and a
     * {@link BatchListenerFailedException} names the failed record, so the container commits up to it and retries it.
     */
    public void handleAll(String consumer, List<ConsumerRecord<String, byte[]>> records, RecordHandler handler) {
        handleAll(consumer, records, handler, () -> { });
    }

    private void handleAll(String consumer, List<ConsumerRecord<String, byte[]>> records, RecordHandler handler,
                           Runnable beforeMarking) {
        List<EventEnvelope<Event>> events = new ArrayList<>(records.size());
        List<String> ids = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            EventEnvelope<Event> event = decode(consumer, record);
            events.add(event);
            if (event != null) {
                ids.add(event.id());
            }
        }
        Set<String> seen = new HashSet<>(processed.handledAmong(consumer, ids));
        List<String> done = new ArrayList<>();
        try {
            for (int i = 0; i < records.size(); i++) {
                EventEnvelope<Event> event = events.get(i);
                if (event == null) {
                    continue;
                }
                if (!seen.add(event.id())) {
                    count("events.duplicates", consumer, null);
                    continue;
                }
                if (handleOne(consumer, records.get(i), event, handler, i)) {
                    done.add(event.id());
                } else {
                    seen.remove(event.id());
                }
            }
        } finally {
            beforeMarking.run();
            processed.markHandled(consumer, done);
        }
    }

    private boolean handleOne(String consumer, ConsumerRecord<String, byte[]> record, EventEnvelope<Event> event,
                              RecordHandler handler, int index) {
        if (event.correlationId() != null) {
            MDC.put("correlationId", event.correlationId());
        }
        try {
            boolean handled = handler.handle(record, event);
            if (handled) {
                count("events.handled", consumer, event.type());
            }
            return handled;
        } catch (RuntimeException e) {
            throw new BatchListenerFailedException(consumer + " failed on " + record.topic() + "-" + record.partition()
                    + "@" + record.offset() + ": " + e.getMessage(), e, index);
        } finally {
            MDC.remove("correlationId");
        }
    }

    private EventEnvelope<Event> decode(String consumer, ConsumerRecord<String, byte[]> record) {
        try {
            return codec.decode(record.value());
        } catch (UnknownEventTypeException e) {
            meters.counter("events.unreadable", "consumer", consumer, "topic", record.topic()).increment();
            log.warn("{} skipped unreadable record {}-{}@{}: {}", consumer, record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return null;
        }
    }

    private void count(String name, String consumer, String type) {
        String key = name + '\0' + consumer + '\0' + type;
        counters.computeIfAbsent(key, k -> type == null
                ? meters.counter(name, "consumer", consumer)
                : meters.counter(name, "consumer", consumer, "type", type)).increment();
    }

    private static RecordHandler everyOne(Consumer<EventEnvelope<Event>> handler) {
        return (record, event) -> {
            handler.accept(event);
            return true;
        };
    }
}
