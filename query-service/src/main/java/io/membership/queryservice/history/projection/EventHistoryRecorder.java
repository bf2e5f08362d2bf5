package io.membership.queryservice.history.projection;

import com.fasterxml.jackson.databind.JsonNode;
import io.membership.contract.EventEnvelope;
import io.membership.platform.events.CloudEventCodec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.membership.queryservice.store.InsertOnce;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Keeps every record of a workspace as it arrived, before any typed decoding, so new event types are kept too. */
@Component
public class EventHistoryRecorder {

    private static final Logger log = LoggerFactory.getLogger(EventHistoryRecorder.class);

    private final CloudEventCodec codec;
    private final MongoTemplate mongo;

    public EventHistoryRecorder(CloudEventCodec codec, MongoTemplate mongo) {
        this.codec = codec;
        this.mongo = mongo;
    }

    /** The envelope as read, or null when the record is no CloudEvent. */
    public EventEnvelope<JsonNode> record(ConsumerRecord<String, byte[]> record) {
        return recordAll(List.of(record)).get(0);
    }

    /**
     * Keeps one poll's records in one unordered bulk insert; answers each record's envelope as read, or null where
     * the record is no CloudEvent. An event kept before (redelivered or republished) keeps its first position.
     */
    public List<EventEnvelope<JsonNode>> recordAll(List<ConsumerRecord<String, byte[]>> records) {
        List<EventEnvelope<JsonNode>> raws = new ArrayList<>(records.size());
        List<RawEventDocument> kept = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            EventEnvelope<JsonNode> raw = decode(record);
            raws.add(raw);
            if (raw != null && raw.workspaceId() != null) {
                kept.add(new RawEventDocument(raw.id(), raw.workspaceId(), record.topic(), record.partition(),
                        record.offset(), raw.type(), raw.time().truncatedTo(ChronoUnit.MILLIS),
                        new String(record.value(), StandardCharsets.UTF_8)));
            }
        }
        InsertOnce.insertAll(mongo, RawEventDocument.class, kept);
        return raws;
    }

    private EventEnvelope<JsonNode> decode(ConsumerRecord<String, byte[]> record) {
        try {
            return codec.decodeRaw(record.value());
        } catch (RuntimeException notACloudEvent) { // not JSON, no id or type, or no readable time
            log.warn("not kept in the event history: {}-{}@{} is not a CloudEvent", record.topic(),
                    record.partition(), record.offset());
            return null;
        }
    }
}
