package io.membership.queryservice.history.projection;

import com.fasterxml.jackson.databind.JsonNode;
import io.membership.contract.EventEnvelope;
import io.membership.platform.events.CloudEventCodec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;

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
        EventEnvelope<JsonNode> raw;
        try {
            raw = codec.decodeRaw(record.value());
        } catch (RuntimeException notACloudEvent) { // not JSON, no id or type, or no readable time
            log.warn("not kept in the event history: {}-{}@{} is not a CloudEvent", record.topic(),
                    record.partition(), record.offset());
            return null;
        }
        if (raw.workspaceId() == null) {
            return raw;
        }
        try {
            mongo.insert(new RawEventDocument(raw.id(), raw.workspaceId(), record.topic(), record.partition(),
                    record.offset(), raw.type(), raw.time().truncatedTo(ChronoUnit.MILLIS),
                    new String(record.value(), StandardCharsets.UTF_8)));
        } catch (DuplicateKeyException alreadyKept) {
            // redelivered or republished: the first position stays
        }
        return raw;
    }
}
