package io.membership.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.membership.contract.Event;
import io.membership.contract.EventCatalog;
import io.membership.contract.EventEnvelope;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Encodes events as CloudEvents 1.0 JSON (structured mode) and back. Extension attributes carry the workspace,
 * the acting account, the correlation id, the aggregate sequence and the data version.
 */
public class CloudEventCodec {

    private final ObjectMapper json;

    public CloudEventCodec() {
        this(EventJson.newObjectMapper());
    }

    public CloudEventCodec(ObjectMapper json) {
        this.json = json;
    }

    public byte[] encode(EventEnvelope<? extends Event> envelope) {
        return write(toJson(envelope));
    }

    public ObjectNode toJson(EventEnvelope<?> envelope) {
        ObjectNode node = json.createObjectNode();
        node.put("specversion", "1.0");
        node.put("id", envelope.id());
        node.put("source", envelope.source());
        node.put("type", envelope.type());
        node.put("subject", envelope.subject());
        node.put("time", envelope.time().toString());
        node.put("datacontenttype", "application/json");
        node.put("dataversion", envelope.dataVersion());
        if (envelope.workspaceId() != null) {
            node.put("workspaceid", envelope.workspaceId());
        }
        node.put("actor", envelope.actor());
        if (envelope.correlationId() != null) {
            node.put("correlationid", envelope.correlationId());
        }
        node.put("sequence", envelope.sequence());
        node.set("data", envelope.data() instanceof JsonNode raw ? raw : json.valueToTree(envelope.data()));
        return node;
    }

    /** Decodes to the contract record named by {@code type}; throws {@link UnknownEventTypeException} otherwise. */
    public EventEnvelope<Event> decode(byte[] bytes) {
        EventEnvelope<JsonNode> raw = decodeRaw(bytes);
        EventCatalog.Entry entry = EventCatalog.byType(raw.type())
                .orElseThrow(() -> new UnknownEventTypeException("unknown event type " + raw.type()));
        if (raw.dataVersion() > entry.version()) {
            throw new UnknownEventTypeException("unsupported version " + raw.dataVersion() + " of " + raw.type());
        }
        try {
            return raw.withData(json.treeToValue(raw.data(), entry.javaType()));
        } catch (IOException e) {
            throw new UnknownEventTypeException("unreadable data of " + raw.type() + ": " + e.getMessage());
        }
    }

    /** Decodes the envelope and keeps the data as JSON: for consumers that store or show events as they are. */
    public EventEnvelope<JsonNode> decodeRaw(byte[] bytes) {
        JsonNode node;
        try {
            node = json.readTree(bytes);
        } catch (IOException e) {
            throw new UnknownEventTypeException("not JSON: " + e.getMessage());
        }
        if (node == null || !node.hasNonNull("type") || !node.hasNonNull("id")) {
            throw new UnknownEventTypeException("not a CloudEvent");
        }
        return new EventEnvelope<>(
                node.path("id").asText(),
                node.path("source").asText(),
                node.path("type").asText(),
                node.path("dataversion").asInt(1),
                node.path("subject").asText(null),
                Instant.parse(node.path("time").asText()),
                node.path("workspaceid").asText(null),
                node.path("actor").asText(EventEnvelope.SYSTEM_ACTOR),
                node.path("correlationid").asText(null),
                node.path("sequence").asLong(-1),
                node.path("data"));
    }

    private byte[] write(JsonNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
