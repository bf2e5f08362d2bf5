package io.membership.platform.relay;

import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.platform.events.CloudEventCodec;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Moves events from the service's event store to its Kafka topic, per aggregate and in sequence order, at least
 * once. Pending marks make it fast; a full sweep at start and every {@code sweepInterval} makes it complete.
 */
public class EventRelay implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventRelay.class);

    private final EventSource source;
    private final PublicationLedger ledger;
    private final Producer<String, byte[]> producer;
    private final CloudEventCodec codec;
    private final String topic;
    private final RelaySettings settings;
    private final Clock clock;
    private final String owner = UUID.randomUUID().toString();
    private final RelayWakeup wakeup;
    private final Counter published;
    private final Counter failures;
    private volatile boolean running;
    private Thread worker;
    private Instant nextSweep = Instant.MIN;

    public EventRelay(EventSource source, PublicationLedger ledger, Producer<String, byte[]> producer,
                      CloudEventCodec codec, String topic, RelaySettings settings, RelayWakeup wakeup, Clock clock,
                      MeterRegistry meters) {
        this.wakeup = wakeup;
        this.source = source;
        this.ledger = ledger;
        this.producer = producer;
        this.codec = codec;
        this.topic = topic;
        this.settings = settings;
        this.clock = clock;
        this.published = Counter.builder("relay.events.published").tag("topic", topic).register(meters);
        this.failures = Counter.builder("relay.failures").tag("topic", topic).register(meters);
        meters.gauge("relay.pending.aggregates", ledger, l -> l.pendingCount());
    }

    public synchronized void start() {
        running = true;
        worker = new Thread(this::loop, "event-relay-" + topic);
        worker.setDaemon(true);
        worker.start();
    }

    private void loop() {
        while (running) {
            try {
                if (!clock.instant().isBefore(nextSweep)) {
                    sweep();
                    nextSweep = clock.instant().plus(settings.sweepInterval());
                }
                drainPending();
                wakeup.await(settings.pollInterval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures.increment();
                log.warn("event relay to {} failed, retrying: {}", topic, e.toString());
                sleepQuietly(settings.pollInterval());
            }
        }
    }

    /**
     * Publishes everything pending; returns the number of events sent. Public so tests can drive it directly. Each
     * round claims up to a batch of aggregates, sends all their events before waiting for the acknowledgements, then
     * records progress and clears the marks in bulk. A short round means nothing else was pending: a mark set
     * meanwhile also signalled the wake-up, so the loop comes straight back.
     */
    public int drainPending() {
        int sent = 0;
        List<PublicationLedger.Pending> claims;
        do {
            claims = ledger.claim(settings.batchSize(), owner, settings.lease());
            if (claims.isEmpty()) {
                break;
            }
            sent += publish(claims);
            ledger.releaseAll(claims);
        } while (claims.size() >= settings.batchSize() && running);
        return sent;
    }

    /** Marks every aggregate whose store is ahead of what was published: covers appends whose marks were lost. */
    public void sweep() {
        List<String> behind = new ArrayList<>();
        Map<String, Long> published = ledger.allPublished();
        for (Map.Entry<String, Long> last : source.lastSequences().entrySet()) {
            if (last.getValue() > published.getOrDefault(last.getKey(), -1L)) {
                behind.add(last.getKey());
            }
        }
        if (!behind.isEmpty()) {
            log.info("relay sweep found {} aggregates with unpublished events for {}", behind.size(), topic);
            ledger.markPending(behind);
        }
    }

    private int publish(List<PublicationLedger.Pending> claims) {
        List<String> ids = claims.stream().map(PublicationLedger.Pending::aggregateId).toList();
        Map<String, Long> publishedUpTo = ledger.publishedUpTo(ids);
        Map<String, Long> last = new HashMap<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (String aggregateId : ids) {
            List<EventEnvelope<Event>> events = source.read(aggregateId, publishedUpTo.getOrDefault(aggregateId, -1L) + 1);
            for (EventEnvelope<Event> event : events) {
                acks.add(producer.send(new ProducerRecord<>(topic, event.data().partitionKey(), codec.encode(event))));
            }
            if (!events.isEmpty()) {
                last.put(aggregateId, events.get(events.size() - 1).sequence());
            }
        }
        for (Future<RecordMetadata> ack : acks) {
            await(ack);
        }
        ledger.recordPublished(last);
        published.increment(acks.size());
        return acks.size();
    }

    private void await(Future<RecordMetadata> ack) {
        try {
            ack.get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        } catch (Exception e) {
            throw new IllegalStateException("publish to " + topic + " failed: " + e.getMessage(), e);
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        producer.close(Duration.ofSeconds(5));
    }
}
