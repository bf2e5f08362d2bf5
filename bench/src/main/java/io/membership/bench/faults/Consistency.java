package io.membership.bench.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.membership.contract.Topics;
import io.membership.infra.EmbeddedInfrastructure;
import io.membership.launcher.JsonHttp;
import io.membership.launcher.RunningSystem;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** After the faults: members pages against what the API accepted, and each event store against its topic. */
record Consistency(List<String> drift, List<String> missingOnTopic) {

    /** What a member's row must show: guidance, and a role it must hold besides MEMBER. */
    record Expected(String guidance, String role) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static Consistency check(RunningSystem system, EmbeddedInfrastructure infrastructure, String owner,
                             Map<String, Map<String, Expected>> expected) {
        return new Consistency(drift(system, owner, expected), missingOnTopic(infrastructure));
    }

    /**
     * Rows of invited people that are missing from the members page, or whose guidance or roles differ from what the
     * API accepted, after the read side had a minute to catch up.
     */
    private static List<String> drift(RunningSystem system, String owner, Map<String, Map<String, Expected>> expected) {
        JsonHttp http = new JsonHttp();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        List<String> differing;
        do {
            differing = new ArrayList<>();
            for (Map.Entry<String, Map<String, Expected>> workspace : expected.entrySet()) {
                Map<String, JsonNode> rows = new java.util.HashMap<>();
                JsonHttp.Response page = http.get(system.queryUrl() + "/workspaces/" + workspace.getKey()
                        + "/members?size=200", owner);
                page.body().path("items").forEach(row -> rows.put(row.path("email").asText().toLowerCase(), row));
                for (Map.Entry<String, Expected> member : workspace.getValue().entrySet()) {
                    JsonNode row = rows.get(member.getKey().toLowerCase());
                    Expected want = member.getValue();
                    if (row == null || !want.guidance().equals(row.path("guidance").asText())
                            || !row.path("roles").toString().contains("\"" + want.role() + "\"")) {
                        differing.add(member.getKey() + ": expected " + want + ", shown "
                                + (row == null ? "nothing" : row.path("guidance").asText() + " " + row.path("roles")));
                    }
                }
            }
            if (!differing.isEmpty()) {
                Fault.pause(Duration.ofSeconds(1));
            }
        } while (!differing.isEmpty() && Instant.now().isBefore(deadline));
        return differing;
    }

    /** Ids of events stored by membership- and invitation-service that their topic does not carry. */
    private static List<String> missingOnTopic(EmbeddedInfrastructure infrastructure) {
        List<String> missing = new ArrayList<>();
        try (MongoClient mongo = MongoClients.create(infrastructure.mongoUri())) {
            for (Map.Entry<String, String> store : Map.of("membership", Topics.MEMBERSHIP_EVENTS,
                    "invitation", Topics.INVITATION_EVENTS).entrySet()) {
                Set<String> stored = new TreeSet<>();
                for (Document event : mongo.getDatabase(store.getKey()).getCollection("domainevents").find()) {
                    stored.add(event.getString("eventIdentifier"));
                }
                stored.removeAll(idsOn(infrastructure.kafkaBootstrapServers(), store.getValue()));
                stored.forEach(id -> missing.add(store.getValue() + ": " + id));
            }
        }
        return missing;
    }

    private static Set<String> idsOn(String bootstrap, String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Set<String> ids = new HashSet<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo partition : consumer.partitionsFor(topic)) {
                partitions.add(new TopicPartition(topic, partition.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    ids.add(idOf(record.value()));
                }
            }
        }
        return ids;
    }

    private static String idOf(byte[] cloudEvent) {
        try {
            JsonNode event = JSON.readTree(cloudEvent);
            return event.path("id").asText();
        } catch (IOException e) {
            return "";
        }
    }
}
