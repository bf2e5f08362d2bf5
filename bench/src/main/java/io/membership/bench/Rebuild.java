package io.membership.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.membership.contract.Topics;
import io.membership.launcher.ServiceProcess;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Phase 5, rebuilding the read models from the topics. query-service has no rebuild command, so a fresh instance
 * with a new consumer group and a new, empty database catches up from offset 0 of all three topics; the rate is
 * read from the group's committed offsets against the end offsets taken when it starts.
 */
final class Rebuild {

    static final String PHASE = "5 rebuild";

    private final Target target;
    private final Results results;
    private final ServiceMemory memory;
    private final String runId;

    Rebuild(Target target, Results results, ServiceMemory memory, String runId) {
        this.target = target;
        this.results = results;
        this.memory = memory;
        this.runId = runId;
    }

    void run() throws Exception {
        String group = "bench-rebuild-" + runId;
        String database = "query_rebuild_" + runId;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", target.kafkaBootstrap))) {
            Map<TopicPartition, Long> end = endOffsets(admin);
            long total = end.values().stream().mapToLong(Long::longValue).sum();
            int port = freePort();
            long start = System.nanoTime();
            try (ServiceProcess rebuilding = target.startRebuildingQueryService(group, database, port)) {
                rebuilding.awaitHealthy(Duration.ofMinutes(3));
                long healthy = System.nanoTime();
                memory.add("query-service (rebuild)", rebuilding.baseUrl(),
                        target.processOn(port).map(ProcessHandle::pid).orElse(null));
                long firstProgressNanos = 0;
                long firstProgressCount = 0;
                long done = 0;
                Deadline deadline = Deadline.in(Duration.ofMinutes(10).plusMillis(total * 5));
                while (!deadline.passed()) {
                    done = committed(admin, group, end);
                    if (done > 0 && firstProgressNanos == 0) {
                        firstProgressNanos = System.nanoTime();
                        firstProgressCount = done;
                    }
                    if (done >= total) {
                        break;
                    }
                    Deadline.pause(100);
                }
                long finished = System.nanoTime();
                long missing = total - Math.min(done, total);
                results.add(PHASE, "fresh query-service catching up, from process start", total
                        / ((finished - start) / 1e9), "events/s", missing, total + " events on 3 topics in "
                        + Results.format((finished - start) / 1e9) + " s; JVM start to healthy "
                        + Results.format((healthy - start) / 1e9) + " s");
                double steady = firstProgressNanos == 0 ? Double.NaN
                        : (done - firstProgressCount) / ((finished - firstProgressNanos) / 1e9);
                results.add(PHASE, "fresh query-service catching up, after first commit", steady, "events/s",
                        missing, "group " + group + ", database " + database);
                compareCounts(database);
            }
        }
    }

    private void compareCounts(String database) {
        try (MongoClient mongo = MongoClients.create(target.mongoUri)) {
            long errors = 0;
            StringBuilder note = new StringBuilder();
            for (String collection : List.of("members", "audit", "workspaces")) {
                long live = mongo.getDatabase("query").getCollection(collection).countDocuments();
                long rebuilt = mongo.getDatabase(database).getCollection(collection).countDocuments();
                note.append(collection).append(' ').append(rebuilt).append('/').append(live).append("; ");
                if (live != rebuilt) {
                    errors++;
                }
            }
            results.add(PHASE, "rebuilt documents equal the live read model", errors == 0 ? 1 : 0, "yes=1",
                    errors, note + "(rebuilt/live)");
        }
    }

    static Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
        Set<String> topics = Set.of(Topics.MEMBERSHIP_EVENTS, Topics.INVITATION_EVENTS, Topics.NOTIFICATION_EVENTS);
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).forEach((name, description) ->
                description.partitions().forEach(p -> request.put(new TopicPartition(name, p.partition()),
                        OffsetSpec.latest())));
        Map<TopicPartition, Long> end = new HashMap<>();
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e
                : admin.listOffsets(request).all().get(30, TimeUnit.SECONDS).entrySet()) {
            end.put(e.getKey(), e.getValue().offset());
        }
        return end;
    }

    private static long committed(Admin admin, String group, Map<TopicPartition, Long> end) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        long sum = 0;
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            OffsetAndMetadata offset = offsets.get(partition.getKey());
            if (offset != null) {
                sum += Math.min(offset.offset(), partition.getValue());
            }
        }
        return sum;
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
