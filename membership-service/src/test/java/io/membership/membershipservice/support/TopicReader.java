package io.membership.membershipservice.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Reads a whole topic from its beginning, without a consumer group, and keeps what it has seen. */
public final class TopicReader implements AutoCloseable {

    public record Received(String key, JsonNode cloudEvent) {
        public String type() {
            return cloudEvent.path("type").asText();
        }

        public JsonNode data() {
            return cloudEvent.path("data");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Received> seen = new ArrayList<>();

    public TopicReader(String bootstrapServers, String topic) {
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        await().atMost(Duration.ofSeconds(30)).until(() -> !consumer.partitionsFor(topic).isEmpty());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Waits until {@code count} records match, then returns every match seen so far. */
    public List<Received> awaitMatching(int count, Predicate<Received> matching) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
            poll();
            return matches(matching).size() >= count;
        });
        return matches(matching);
    }

    public Received awaitFirst(Predicate<Received> matching) {
        return awaitMatching(1, matching).get(0);
    }

    public List<Received> matches(Predicate<Received> matching) {
        return seen.stream().filter(matching).toList();
    }

    private void poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
            try {
                seen.add(new Received(record.key(), JSON.readTree(record.value())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static Predicate<Received> ofType(String type) {
        return r -> r.type().equals(type);
    }

    public static Predicate<Received> withData(String field, Object value) {
        return r -> r.data().path(field).asText().equals(String.valueOf(value));
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
