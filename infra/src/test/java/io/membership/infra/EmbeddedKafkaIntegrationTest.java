package io.membership.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaIntegrationTest {

    private static final String TOPIC = "members";

    @TempDir
    Path dataDirectory;

    @Test
    void recordsSurviveARestartOnTheSameDataDirectory() throws Exception {
        String key = UUID.randomUUID().toString();
        String clusterId;

        try (EmbeddedKafka kafka = new EmbeddedKafka(dataDirectory, 0).start()) {
            clusterId = kafka.clusterId();
            try (Admin admin = admin(kafka)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
            }
            try (KafkaProducer<String, String> producer = producer(kafka)) {
                producer.send(new ProducerRecord<>(TOPIC, key, "joined")).get();
            }
            assertThat(readAll(kafka)).extracting(ConsumerRecord::key).containsExactly(key);
        }

        try (EmbeddedKafka restarted = new EmbeddedKafka(dataDirectory, 0).start()) {
            assertThat(restarted.clusterId()).isEqualTo(clusterId);
            try (Admin admin = admin(restarted)) {
                assertThat(admin.listTopics().names().get()).contains(TOPIC);
                assertThat(admin.describeTopics(Set.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions()).hasSize(1);
            }
            assertThat(readAll(restarted))
                    .singleElement()
                    .satisfies(record -> {
                        assertThat(record.key()).isEqualTo(key);
                        assertThat(record.value()).isEqualTo("joined");
                    });
        }
    }

    @Test
    void topicsGetThreePartitionsByDefault() throws Exception {
        try (EmbeddedKafka kafka = new EmbeddedKafka(null, 0).start(); Admin admin = admin(kafka)) {
            admin.createTopics(List.of(new NewTopic("defaults", Optional.empty(), Optional.empty())))
                    .all().get();
            assertThat(admin.describeTopics(Set.of("defaults")).allTopicNames().get().get("defaults").partitions())
                    .hasSize(3);
        }
    }

    private static List<ConsumerRecord<String, String>> readAll(EmbeddedKafka kafka) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(TOPIC));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return !records.isEmpty();
            });
        }
        return records;
    }

    private static Admin admin(EmbeddedKafka kafka) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }

    private static KafkaProducer<String, String> producer(EmbeddedKafka kafka) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }
}
