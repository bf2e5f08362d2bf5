package io.membership.queryservice.operations;

import io.membership.platform.errors.ApiException;
import io.membership.queryservice.messaging.TopicsListener;
import io.membership.queryservice.store.MongoIndexes;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import io.membership.queryservice.store.VersionedDocuments;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Drops every read model and replays all topics from their first offset: stop the projection consumer, drop the
 * collections (including the consumer's processed-event marks), recreate the indexes, rewind, start again. Progress
 * compares what this instance has handled with the end offsets seen when the rebuild began. While it runs, queries
 * answer from the partly rebuilt models; other instances of the service must be stopped first.
 */
@Component
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);
    static final List<String> COLLECTIONS = List.of("members", "workspaces", "accounts", "audit", "event_history",
            "applied_positions", "processed_events");

    private final KafkaListenerEndpointRegistry containers;
    private final TopicsListener listener;
    private final MongoTemplate mongo;
    private final MongoIndexes indexes;
    private final ConsumerOffsets offsets;
    private final VersionedDocuments documents;
    private final Clock clock;
    private volatile Run run;

    public ReadModelRebuild(KafkaListenerEndpointRegistry containers, TopicsListener listener, MongoTemplate mongo,
                            MongoIndexes indexes, ConsumerOffsets offsets, VersionedDocuments documents) {
        this.containers = containers;
        this.listener = listener;
        this.mongo = mongo;
        this.indexes = indexes;
        this.offsets = offsets;
        this.documents = documents;
        this.clock = Clock.systemUTC();
    }

    public synchronized RebuildProgress start(String requestedBy) {
        if (run != null && run.finishedAt == null && !progress().done()) {
            throw ApiException.conflict("rebuild-running", "a rebuild is already running");
        }
        MessageListenerContainer container = containers.getListenerContainer(TopicsListener.ID);
        log.info("rebuild of the read models requested by {}", requestedBy);
        container.stop();
        COLLECTIONS.forEach(mongo::dropCollection);
        documents.forgetAll();
        indexes.afterPropertiesSet();
        Map<TopicPartition, Long> targets = offsets.endOffsets();
        listener.rewindOnNextAssignment();
        run = new Run(requestedBy, Instant.now(clock), targets);
        container.start();
        return progress();
    }

    public synchronized RebuildProgress progress() {
        Run current = run;
        if (current == null) {
            return RebuildProgress.NEVER;
        }
        Map<TopicPartition, Long> handled = listener.nextOffsets();
        List<RebuildProgress.Partition> partitions = new ArrayList<>();
        current.targets.forEach((partition, target) -> partitions.add(new RebuildProgress.Partition(partition.topic(),
                partition.partition(), target, Math.min(target, handled.getOrDefault(partition, 0L)))));
        partitions.sort((a, b) -> a.topic().equals(b.topic()) ? Integer.compare(a.partition(), b.partition())
                : a.topic().compareTo(b.topic()));
        boolean done = partitions.stream().allMatch(p -> p.applied() >= p.target());
        if (done && current.finishedAt == null) {
            current.finishedAt = Instant.now(clock);
            log.info("rebuild of the read models done");
        }
        return new RebuildProgress(done ? "DONE" : "RUNNING", current.requestedBy, current.startedAt,
                current.finishedAt, partitions);
    }

    private static final class Run {
        final String requestedBy;
        final Instant startedAt;
        final Map<TopicPartition, Long> targets;
        volatile Instant finishedAt;

        Run(String requestedBy, Instant startedAt, Map<TopicPartition, Long> targets) {
            this.requestedBy = requestedBy;
            this.startedAt = startedAt;
            this.targets = targets;
        }
    }
}
