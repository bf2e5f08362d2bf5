package io.membership.notificationservice;

import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.Topics;
import io.membership.contract.notification.NotificationFailed;
import io.membership.contract.notification.NotificationSent;
import io.membership.platform.events.CloudEventCodec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Everything published to workspace.notification.events during the test run, read from the beginning. */
public final class NotificationTopic {

    public record Published(String key, String rawValue, EventEnvelope<Event> envelope) {
    }

    private static NotificationTopic shared;

    private final KafkaConsumer<String, byte[]> consumer;
    private final CloudEventCodec codec = new CloudEventCodec();
    private final List<Published> seen = new ArrayList<>();

    private NotificationTopic(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.NOTIFICATION_EVENTS).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    static synchronized NotificationTopic shared(String bootstrapServers) {
        if (shared == null) {
            shared = new NotificationTopic(bootstrapServers);
        }
        return shared;
    }

    /** NotificationSent / NotificationFailed caused by {@code sourceEventId}, in publication order per partition. */
    public synchronized List<Published> outcomesOf(String sourceEventId) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            seen.add(new Published(record.key(), new String(record.value(), StandardCharsets.UTF_8),
                    codec.decode(record.value())));
        }
        return seen.stream().filter(p -> sourceEventId.equals(sourceEventIdOf(p.envelope().data()))).toList();
    }

    private static String sourceEventIdOf(Event event) {
        if (event instanceof NotificationSent sent) {
            return sent.sourceEventId();
        }
        if (event instanceof NotificationFailed failed) {
            return failed.sourceEventId();
        }
        return null;
    }
}
