package io.membership.queryservice.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.membership.contract.EventEnvelope;
import io.membership.contract.Topics;
import io.membership.platform.kafka.IdempotentEventHandler;
import io.membership.queryservice.consistency.AppliedPositions;
import io.membership.queryservice.history.projection.EventHistoryRecorder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads all three topics from the start (auto-offset-reset earliest), so the read models can be rebuilt at will. Every
 * record is first kept raw in the event history, then projected (types the contract does not know are only kept),
 * then its aggregate position is marked applied for read-your-writes. After {@link #rewindOnNextAssignment()} the
 * next assignment starts again from the first offset of every partition.
 */
@Component
public class TopicsListener extends AbstractConsumerSeekAware {

    public static final String ID = "query-projections";
    static final String CONSUMER = "query-service";

    private final IdempotentEventHandler handler;
    private final ProjectionDispatcher dispatcher;
    private final EventHistoryRecorder history;
    private final AppliedPositions positions;
    private final AtomicBoolean rewind = new AtomicBoolean();
    private final Map<TopicPartition, Long> nextOffsets = new ConcurrentHashMap<>();

    public TopicsListener(IdempotentEventHandler handler, ProjectionDispatcher dispatcher,
                          EventHistoryRecorder history, AppliedPositions positions) {
        this.handler = handler;
        this.dispatcher = dispatcher;
        this.history = history;
        this.positions = positions;
    }

    @KafkaListener(id = ID, topics = {Topics.MEMBERSHIP_EVENTS, Topics.INVITATION_EVENTS, Topics.NOTIFICATION_EVENTS},
            groupId = "${spring.kafka.consumer.group-id:query-service}", batch = "true")
    public void onPoll(List<ConsumerRecord<String, byte[]>> records) {
        List<EventEnvelope<JsonNode>> raws = history.recordAll(records);
        int projected = records.size();
        PollWrites deferred = dispatcher.newPoll();
        try {
            handler.handleAll(CONSUMER, records, event -> dispatcher.project(event, deferred), deferred::flush);
        } catch (BatchListenerFailedException failed) {
            projected = Math.max(0, failed.getIndex());
            throw failed;
        } finally {
            Map<String, Long> applied = new HashMap<>();
            for (int i = 0; i < projected; i++) {
                EventEnvelope<JsonNode> raw = raws.get(i);
                if (raw != null && raw.subject() != null) {
                    applied.merge(raw.subject(), raw.sequence(), Math::max);
                }
                ConsumerRecord<String, byte[]> record = records.get(i);
                nextOffsets.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
            }
            positions.appliedAll(applied);
        }
    }

    public void rewindOnNextAssignment() {
        nextOffsets.clear();
        rewind.set(true);
    }

    /** The offset after the last record this instance handled, per partition, since start or the last rewind. */
    public Map<TopicPartition, Long> nextOffsets() {
        return Map.copyOf(nextOffsets);
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        super.onPartitionsAssigned(assignments, callback);
        if (rewind.getAndSet(false)) {
            callback.seekToBeginning(assignments.keySet());
        }
    }
}
