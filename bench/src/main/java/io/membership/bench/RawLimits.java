package io.membership.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Phase 1, the raw limits of this box: the same event documents appended through the Mongo driver (one per
 * round trip, and 100 per insertMany) to a collection indexed like the Axon event store, and the same CloudEvents
 * records produced to Kafka with acks=all (waiting for each ack, and pipelined), on a topic of its own.
 */
final class RawLimits {

    static final String PHASE = "1 raw";
    private static final int BATCH = 100;
    private static final String TOPIC = "bench.raw.events";

    private final String mongoUri;
    private final String kafkaBootstrap;
    private final Results results;
    private final Duration window;
    private final Duration warmup;

    RawLimits(Target target, Results results, Duration window, Duration warmup) {
        this(target.mongoUri, target.kafkaBootstrap, results, window, warmup);
    }

    RawLimits(String mongoUri, String kafkaBootstrap, Results results, Duration window, Duration warmup) {
        this.mongoUri = mongoUri;
        this.kafkaBootstrap = kafkaBootstrap;
        this.results = results;
        this.window = window;
        this.warmup = warmup;
    }

    void run() throws Exception {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> events = client.getDatabase("bench_raw").getCollection("domainevents");
            if (client.getDatabase("bench_raw").listCollectionNames().into(new ArrayList<>()).contains("domainevents")) {
                events.drop();
            }
            events.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"),
                    new IndexOptions().unique(true));
            events.createIndex(Indexes.ascending("eventIdentifier"), new IndexOptions().unique(true));
            events.createIndex(Indexes.ascending("timestamp", "sequenceNumber"));
            mongoSingle(events, warmup, null);
            mongoSingle(events, window, new Latencies(2_000_000));
            mongoBatched(events, warmup, false);
            mongoBatched(events, window, true);
            events.drop();
        }
        createTopic();
        try (KafkaProducer<String, byte[]> producer = producer(0)) {
            kafkaSync(producer, warmup, null);
            kafkaSync(producer, window, new Latencies(2_000_000));
        }
        try (KafkaProducer<String, byte[]> producer = producer(5)) {
            kafkaPipelined(producer, warmup, false);
            kafkaPipelined(producer, window, true);
        }
    }

    private void mongoSingle(MongoCollection<Document> events, Duration duration, Latencies latencies) {
        String aggregate = UUID.randomUUID().toString();
        long sequence = 0;
        Deadline deadline = Deadline.in(duration);
        long start = System.nanoTime();
        long errors = 0;
        while (!deadline.passed()) {
            Document event = Samples.storedEvent(aggregate, sequence++);
            long t0 = System.nanoTime();
            try {
                events.insertOne(event);
                if (latencies != null) {
                    latencies.record(System.nanoTime() - t0);
                }
            } catch (RuntimeException e) {
                errors++;
            }
        }
        if (latencies != null) {
            double seconds = (System.nanoTime() - start) / 1e9;
            results.add(PHASE, "Mongo append, 1 event per insert (1 thread)", latencies.count() / seconds,
                    "events/s", errors, "p50 " + Results.format(latencies.millis(0.5)) + " ms, p99 "
                            + Results.format(latencies.millis(0.99)) + " ms");
        }
    }

    private void mongoBatched(MongoCollection<Document> events, Duration duration, boolean report) {
        String aggregate = UUID.randomUUID().toString();
        long sequence = 0;
        long written = 0;
        long errors = 0;
        Deadline deadline = Deadline.in(duration);
        long start = System.nanoTime();
        while (!deadline.passed()) {
            List<Document> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                batch.add(Samples.storedEvent(aggregate, sequence++));
            }
            try {
                events.insertMany(batch);
                written += BATCH;
            } catch (RuntimeException e) {
                errors += BATCH;
            }
        }
        if (report) {
            results.add(PHASE, "Mongo append, insertMany of " + BATCH + " (1 thread)",
                    written / ((System.nanoTime() - start) / 1e9), "events/s", errors, null);
        }
    }

    private void kafkaSync(KafkaProducer<String, byte[]> producer, Duration duration, Latencies latencies) {
        Deadline deadline = Deadline.in(duration);
        long start = System.nanoTime();
        long errors = 0;
        while (!deadline.passed()) {
            ProducerRecord<String, byte[]> record = record();
            long t0 = System.nanoTime();
            try {
                producer.send(record).get(10, TimeUnit.SECONDS);
                if (latencies != null) {
                    latencies.record(System.nanoTime() - t0);
                }
            } catch (Exception e) {
                errors++;
            }
        }
        if (latencies != null) {
            double seconds = (System.nanoTime() - start) / 1e9;
            results.add(PHASE, "Kafka produce acks=all, wait for each ack (linger 0)", latencies.count() / seconds,
                    "records/s", errors, "p50 " + Results.format(latencies.millis(0.5)) + " ms, p99 "
                            + Results.format(latencies.millis(0.99)) + " ms");
        }
    }

    private void kafkaPipelined(KafkaProducer<String, byte[]> producer, Duration duration, boolean report)
            throws InterruptedException {
        Semaphore inFlight = new Semaphore(10_000);
        AtomicLong acked = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Deadline deadline = Deadline.in(duration);
        long start = System.nanoTime();
        while (!deadline.passed()) {
            if (!inFlight.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                continue;
            }
            producer.send(record(), (metadata, exception) -> {
                if (exception == null) {
                    acked.incrementAndGet();
                } else {
                    errors.incrementAndGet();
                }
                inFlight.release();
            });
        }
        producer.flush();
        if (report) {
            results.add(PHASE, "Kafka produce acks=all, pipelined (linger 5 ms)",
                    acked.get() / ((System.nanoTime() - start) / 1e9), "records/s", errors.get(), null);
        }
    }

    private ProducerRecord<String, byte[]> record() {
        UUID workspace = UUID.randomUUID();
        return new ProducerRecord<>(TOPIC, workspace.toString(), Samples.cloudEvent("InvitationSent", workspace,
                UUID.randomUUID().toString(), 1, UUID.randomUUID().toString(), Samples.invitationSent(workspace)));
    }

    private void createTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafkaBootstrap))) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(TOPIC)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private KafkaProducer<String, byte[]> producer(int lingerMs) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, lingerMs,
                ProducerConfig.CLIENT_ID_CONFIG, "bench-raw"),
                new StringSerializer(), new ByteArraySerializer());
    }
}
