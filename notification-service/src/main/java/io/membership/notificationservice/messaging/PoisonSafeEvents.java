package io.membership.notificationservice.messaging;

import io.membership.notificationservice.deadletter.store.DeadLetter;
import io.membership.notificationservice.deadletter.store.DeadLetters;
import io.membership.platform.events.CloudEventCodec;
import io.membership.platform.kafka.IdempotentEventHandler;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hands readable events to their consumer once (through the platform's idempotent handler) and parks as a dead
 * letter every record that is not a readable event (not JSON, not a CloudEvent, an unknown type or a newer version)
 * or whose data the consumer rejects (a required field missing), so the partition moves on and an operator can replay
 * it once the service understands it. Other failures (Mongo, SMTP lease, a paused switch) are retried.
 */
@Component
public class PoisonSafeEvents {

    private static final Logger log = LoggerFactory.getLogger(PoisonSafeEvents.class);

    private final CloudEventCodec codec;
    private final IdempotentEventHandler events;
    private final DeadLetters deadLetters;
    private final MeterRegistry meters;
    private final Clock clock;

    public PoisonSafeEvents(CloudEventCodec codec, IdempotentEventHandler events, DeadLetters deadLetters,
                            MeterRegistry meters, Clock clock) {
        this.codec = codec;
        this.events = events;
        this.deadLetters = deadLetters;
        this.meters = meters;
        this.clock = clock;
    }

    /** One poll's records, in order; the parked ones stay unmarked, so a replay reaches the consumer later. */
    public void handleAll(EventConsumer consumer, List<ConsumerRecord<String, byte[]>> records) {
        List<ConsumerRecord<String, byte[]>> readable = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            Optional<String> unreadable = whyUnreadable(record.value());
            if (unreadable.isPresent()) {
                park(consumer, record, unreadable.get());
            } else {
                readable.add(record);
            }
        }
        events.handleAll(consumer.name(), readable, (record, event) -> {
            try {
                consumer.on(event);
                return true;
            } catch (NullPointerException | IllegalArgumentException malformed) {
                // Readable but missing or wrong data: retrying cannot help, and would hold the partition forever.
                park(consumer, record, "event data rejected: " + malformed.getMessage());
                return false;
            }
        });
    }

    private void park(EventConsumer consumer, ConsumerRecord<String, byte[]> record, String reason) {
        deadLetters.park(DeadLetter.of(consumer.name(), record, reason, clock.instant()));
        meters.counter("events.dead_lettered", "consumer", consumer.name(), "topic", record.topic()).increment();
        log.warn("{} dead-lettered record {}-{}@{}: {}", consumer.name(), record.topic(), record.partition(),
                record.offset(), reason);
    }

    /** Why the bytes are not an event this service can read, or empty if they are one. */
    public Optional<String> whyUnreadable(byte[] value) {
        if (value == null) {
            return Optional.of("empty record");
        }
        try {
            codec.decode(value);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
