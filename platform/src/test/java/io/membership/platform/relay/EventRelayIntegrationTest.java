package io.membership.platform.relay;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.membership.MemberAdded;
import io.membership.infra.Infrastructure;
import io.membership.infra.SharedInfrastructure;
import io.membership.platform.events.CloudEventCodec;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EventRelayIntegrationTest {

    private final Infrastructure infra = SharedInfrastructure.get();
    private final String topic = "relay-test-" + UUID.randomUUID();
    private final FakeStore store = new FakeStore();
    private final CloudEventCodec codec = new CloudEventCodec();
    private MongoClient mongo;
    private PublicationLedger ledger;
    private EventRelay relay;

    @BeforeEach
    void setUp() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                infra.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        mongo = MongoClients.create(infra.mongoUri());
        ledger = new PublicationLedger(mongo.getDatabase("relay_" + UUID.randomUUID().toString().replace("-", "")),
                Clock.systemUTC());
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        relay = new EventRelay(store, ledger, producer, codec, topic, RelaySettings.defaults(), new RelayWakeup(),
                Clock.systemUTC(), new SimpleMeterRegistry());
    }

    @AfterEach
    void tearDown() {
        relay.close();
        mongo.close();
    }

    @Test
    void publishesAMarkedAggregateInSequenceOrderKeyedByWorkspace() {
        UUID workspace = UUID.randomUUID();
        store.append(workspace, 3);
        ledger.markPending(List.of(workspace.toString()));

        assertThat(relay.drainPending()).isEqualTo(3);

        List<ConsumerRecord<String, byte[]>> records = readTopic(3);
        assertThat(records).allSatisfy(r -> assertThat(r.key()).isEqualTo(workspace.toString()));
        assertThat(records.stream().map(r -> codec.decode(r.value()).sequence())).containsExactly(0L, 1L, 2L);
        assertThat(ledger.pendingCount()).isZero();
    }

    @Test
    void anEventAppendedWithoutAMarkIsFoundByTheSweep() {
        UUID workspace = UUID.randomUUID();
        store.append(workspace, 2);
        ledger.markPending(List.of(workspace.toString()));
        relay.drainPending();
        store.append(workspace, 1);

        relay.sweep();
        relay.drainPending();

        assertThat(readTopic(3).stream().map(r -> codec.decode(r.value()).sequence())).containsExactly(0L, 1L, 2L);
    }

    @Test
    void aPassThatRanBeforeTheAppendWasVisibleIsFollowedByAnother() {
        UUID workspace = UUID.randomUUID();
        ledger.markPending(List.of(workspace.toString()));
        List<PublicationLedger.Pending> claimed = ledger.claim(10, "relay-a", Duration.ofSeconds(30));
        store.append(workspace, 1);
        ledger.markPending(List.of(workspace.toString()));
        ledger.release(claimed.get(0));

        assertThat(relay.drainPending()).isEqualTo(1);
        assertThat(relay.drainPending()).isZero();
    }

    @Test
    void aRunningRelayPublishesOnItsOwnAndNeverTwice() {
        UUID workspace = UUID.randomUUID();
        relay.start();
        store.append(workspace, 2);
        ledger.markPending(List.of(workspace.toString()));
        ledger.markPending(List.of(workspace.toString()));

        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.publishedUpTo(workspace.toString()) == 1);
        relay.sweep();
        assertThat(readTopic(2)).hasSize(2);
    }

    @Test
    void oneRoundPublishesEveryMarkedAggregateAndClearsTheirMarks() {
        List<UUID> workspaces = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        workspaces.forEach(w -> store.append(w, 2));
        ledger.markPending(workspaces.stream().map(UUID::toString).toList());

        assertThat(relay.drainPending()).isEqualTo(6);

        assertThat(readTopic(6)).hasSize(6);
        assertThat(ledger.pendingCount()).isZero();
        assertThat(ledger.publishedUpTo(workspaces.stream().map(UUID::toString).toList()).values())
                .containsOnly(1L).hasSize(3);
    }

    @Test
    void aClaimTakesOnlyAggregatesNoOtherRelayHolds() {
        List<String> workspaces = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        ledger.markPending(workspaces.subList(0, 1));
        List<PublicationLedger.Pending> first = ledger.claim(10, "relay-a", Duration.ofSeconds(30));
        ledger.markPending(workspaces.subList(1, 3));

        List<PublicationLedger.Pending> second = ledger.claim(10, "relay-b", Duration.ofSeconds(30));

        assertThat(first).extracting(PublicationLedger.Pending::aggregateId).containsExactly(workspaces.get(0));
        assertThat(second).extracting(PublicationLedger.Pending::aggregateId)
                .containsExactlyInAnyOrderElementsOf(workspaces.subList(1, 3));
    }

    private List<ConsumerRecord<String, byte[]>> readTopic(int expected) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= expected;
            });
            consumer.poll(Duration.ofMillis(300)).forEach(records::add);
        }
        return records;
    }

    /** An event store with dense per-aggregate sequences, like Axon's. */
    private static final class FakeStore implements EventSource {
        private final Map<String, List<EventEnvelope<Event>>> streams = new ConcurrentHashMap<>();

        void append(UUID workspace, int count) {
            List<EventEnvelope<Event>> stream = streams.computeIfAbsent(workspace.toString(),
                    k -> new CopyOnWriteArrayList<>());
            for (int i = 0; i < count; i++) {
                long sequence = stream.size();
                stream.add(new EventEnvelope<>(UUID.randomUUID().toString(), "test", "MemberAdded", 1,
                        workspace.toString(), Instant.now(), workspace.toString(), "system", null, sequence,
                        new MemberAdded(workspace, UUID.randomUUID(), "m" + sequence + "@example.com", Set.of())));
            }
        }

        @Override
        public List<EventEnvelope<Event>> read(String aggregateId, long fromSequence) {
            return streams.getOrDefault(aggregateId, List.of()).stream()
                    .filter(e -> e.sequence() >= fromSequence).toList();
        }

        @Override
        public Map<String, Long> lastSequences() {
            Map<String, Long> last = new ConcurrentHashMap<>();
            streams.forEach((id, events) -> last.put(id, (long) events.size() - 1));
            return last;
        }
    }
}
