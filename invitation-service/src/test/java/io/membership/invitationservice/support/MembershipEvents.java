package io.membership.invitationservice.support;

import io.membership.contract.Event;
import io.membership.contract.EventCatalog;
import io.membership.contract.EventEnvelope;
import io.membership.contract.Topics;
import io.membership.contract.WorkspaceEvent;
import io.membership.contract.membership.AccountEvent;
import io.membership.platform.events.CloudEventCodec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Plays membership-service: publishes its events as CloudEvents on workspace.membership.events. */
public final class MembershipEvents {

    private static MembershipEvents shared;

    private final KafkaProducer<String, byte[]> producer;
    private final CloudEventCodec codec = new CloudEventCodec();

    private MembershipEvents(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    public static synchronized MembershipEvents shared(String bootstrapServers) {
        if (shared == null) {
            shared = new MembershipEvents(bootstrapServers);
        }
        return shared;
    }

    public EventEnvelope<Event> envelope(Event event, String actor) {
        String type = EventCatalog.byClass(event.getClass()).orElseThrow().type();
        String workspaceId = event instanceof WorkspaceEvent w ? w.workspaceId().toString() : null;
        String subject = event instanceof AccountEvent a ? a.accountId().toString() : workspaceId;
        return new EventEnvelope<>(UUID.randomUUID().toString(), "membership-service", type, 1, subject, Instant.now(),
                workspaceId, actor, UUID.randomUUID().toString(), 0, event);
    }

    public EventEnvelope<Event> publish(Event event) {
        EventEnvelope<Event> envelope = envelope(event, EventEnvelope.SYSTEM_ACTOR);
        publish(envelope);
        return envelope;
    }

    /** Plays notification-service: a delivery report on the notification topic. */
    public void publishNotification(Event event) {
        send(Topics.NOTIFICATION_EVENTS, envelope(event, EventEnvelope.SYSTEM_ACTOR));
    }

    public void publish(EventEnvelope<? extends Event> envelope) {
        send(Topics.MEMBERSHIP_EVENTS, envelope);
    }

    private void send(String topic, EventEnvelope<? extends Event> envelope) {
        try {
            producer.send(new ProducerRecord<>(topic, envelope.data().partitionKey(),
                    codec.encode(envelope))).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("publishing to the membership topic failed", e);
        }
    }
}
