package io.membership.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Waits until the system has finished the work an earlier phase left behind: no aggregate waiting in a relay, and
 * every service's consumer group caught up with every topic. Without it a phase would be charged for the backlog of
 * the one before (phase 2 creates thousands of workspaces that the consumers are still projecting).
 */
final class Quiescence {

    private static final List<String> SERVICE_DATABASES = List.of("membership", "invitation", "notification", "query");

    private final Target target;
    private final Results results;

    Quiescence(Target target, Results results) {
        this.target = target;
        this.results = results;
    }

    /** Blocks until quiet (at most {@code limit}); the time it took is recorded with the phase that follows. */
    void await(String beforePhase, Duration limit) throws Exception {
        long start = System.nanoTime();
        Deadline deadline = Deadline.in(limit);
        long behind;
        try (MongoClient mongo = MongoClients.create(target.mongoUri);
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, target.kafkaBootstrap))) {
            do {
                behind = pendingRelays(mongo) + consumerLag(admin);
                if (behind > 0) {
                    Deadline.pause(250);
                }
            } while (behind > 0 && !deadline.passed());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        results.context("settled before " + beforePhase, Results.format(seconds) + " s"
                + (behind > 0 ? ", still " + behind + " behind when the limit ran out" : ""));
        BenchMain.log.info("settled before {} in {} s ({} behind)", beforePhase, Results.format(seconds), behind);
    }

    private static long pendingRelays(MongoClient mongo) {
        long pending = 0;
        for (String database : SERVICE_DATABASES) {
            pending += mongo.getDatabase(database).getCollection("relay_pending").countDocuments();
        }
        return pending;
    }

    private static long consumerLag(Admin admin) throws Exception {
        Map<TopicPartition, Long> end = Rebuild.endOffsets(admin);
        long lag = 0;
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS)) {
            if (group.groupId().startsWith("bench-")) {
                continue;
            }
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            for (Map.Entry<TopicPartition, OffsetAndMetadata> offset : committed.entrySet()) {
                Long last = end.get(offset.getKey());
                if (last != null && offset.getValue() != null) {
                    lag += Math.max(0, last - offset.getValue().offset());
                }
            }
        }
        return lag;
    }
}
