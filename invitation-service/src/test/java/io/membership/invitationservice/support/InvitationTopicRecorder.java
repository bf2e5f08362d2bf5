package io.membership.invitationservice.support;

import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.Topics;
import io.membership.platform.events.CloudEventCodec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Reads everything published on workspace.invitation.events, from the beginning, into memory. */
public final class InvitationTopicRecorder {

    private static InvitationTopicRecorder shared;

    private final List<EventEnvelope<Event>> events = new CopyOnWriteArrayList<>();
    private final CloudEventCodec codec = new CloudEventCodec();

    private InvitationTopicRecorder(String bootstrapServers) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        Thread poller = new Thread(() -> poll(consumer), "invitation-topic-recorder");
        poller.setDaemon(true);
        poller.start();
    }

    public static synchronized InvitationTopicRecorder shared(String bootstrapServers) {
        if (shared == null) {
            shared = new InvitationTopicRecorder(bootstrapServers);
        }
        return shared;
    }

    private void poll(KafkaConsumer<String, byte[]> consumer) {
        List<TopicPartition> partitions = List.of();
        while (partitions.isEmpty()) {
            partitions = consumer.partitionsFor(Topics.INVITATION_EVENTS, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            if (partitions.isEmpty()) {
                sleep();
            }
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        while (true) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                events.add(codec.decode(record.value()));
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Recorded events whose data is of {@code type} and matches the invitation id. */
    public <T extends Event> List<EventEnvelope<T>> of(Class<T> type, Predicate<T> which) {
        return events.stream()
                .filter(e -> type.isInstance(e.data()) && which.test(type.cast(e.data())))
                .map(e -> e.withData(type.cast(e.data())))
                .toList();
    }
}
