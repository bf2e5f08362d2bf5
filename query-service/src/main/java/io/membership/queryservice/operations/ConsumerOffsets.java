package io.membership.queryservice.operations;

import io.membership.contract.Topics;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/** End offsets of the topics read and the offsets the projection consumer group committed, from the Kafka admin API. */
@Component
public class ConsumerOffsets implements DisposableBean {

    static final List<String> TOPICS = List.of(Topics.MEMBERSHIP_EVENTS, Topics.INVITATION_EVENTS,
            Topics.NOTIFICATION_EVENTS);
    private static final long TIMEOUT_SECONDS = 10;

    private final AdminClient admin;
    private final String group;

    public ConsumerOffsets(KafkaAdmin kafkaAdmin,
                           @Value("${spring.kafka.consumer.group-id:query-service}") String group) {
        this.admin = AdminClient.create(kafkaAdmin.getConfigurationProperties());
        this.group = group;
    }

    public Map<TopicPartition, Long> endOffsets() {
        Map<String, TopicDescription> topics = get(admin.describeTopics(TOPICS).allTopicNames());
        Map<TopicPartition, OffsetSpec> latest = topics.values().stream()
                .flatMap(t -> t.partitions().stream().map(p -> new TopicPartition(t.name(), p.partition())))
                .collect(Collectors.toMap(Function.identity(), tp -> OffsetSpec.latest()));
        return get(admin.listOffsets(latest).all()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset(), (a, b) -> a,
                        () -> new TreeMap<>(ConsumerOffsets::compare)));
    }

    /** Committed offsets of the group; a partition it never committed is at 0. */
    public Map<TopicPartition, Long> committed(Iterable<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> committed =
                get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        Map<TopicPartition, Long> positions = new TreeMap<>(ConsumerOffsets::compare);
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            positions.put(partition, offset == null ? 0 : offset.offset());
        }
        return positions;
    }

    static int compare(TopicPartition a, TopicPartition b) {
        int byTopic = a.topic().compareTo(b.topic());
        return byTopic != 0 ? byTopic : Integer.compare(a.partition(), b.partition());
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Kafka for offsets", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer the offsets request", e);
        }
    }

    /** Bounded: without a timeout, closing waits forever for a broker that is gone, and the JVM never stops. */
    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(5));
    }
}
