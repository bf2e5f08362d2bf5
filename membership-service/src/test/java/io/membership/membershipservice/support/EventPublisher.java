package io.membership.membershipservice.support;

import io.membership.contract.Event;
import io.membership.contract.EventCatalog;
import io.membership.contract.EventEnvelope;
import io.membership.platform.events.CloudEventCodec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Plays another service: publishes its events as CloudEvents JSON, the way the platform relay does. */
public final class EventPublisher implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public EventPublisher(String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    public static byte[] encode(Event event, String actor, String correlationId) {
        EventCatalog.Entry entry = EventCatalog.byClass(event.getClass()).orElseThrow();
        EventEnvelope<Event> envelope = new EventEnvelope<>(UUID.randomUUID().toString(), "test-" + entry.topic(),
                entry.type(), entry.version(), UUID.randomUUID().toString(), Instant.now(), event.partitionKey(),
                actor, correlationId, 0, event);
        return new CloudEventCodec().encode(envelope);
    }

    /** Publishes to the event's topic with its partition key; returns the record value as sent. */
    public byte[] publish(Event event, String actor, String correlationId) {
        byte[] value = encode(event, actor, correlationId);
        send(EventCatalog.byClass(event.getClass()).orElseThrow().topic(), event.partitionKey(), value);
        return value;
    }

    public void send(String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("publish failed", e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(2));
    }
}
