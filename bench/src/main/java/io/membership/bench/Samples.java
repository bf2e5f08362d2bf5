package io.membership.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.membership.contract.Role;
import io.membership.contract.invitation.InvitationSent;
import org.bson.Document;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

/**
 * Event-shaped payloads for the raw measurements: an InvitationSent as the Axon Mongo event store keeps it (one
 * document per event) and as the relay publishes it (CloudEvents JSON).
 */
final class Samples {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Samples() {
    }

    static InvitationSent invitationSent(UUID workspaceId) {
        return new InvitationSent(UUID.randomUUID(), workspaceId, UUID.randomUUID(),
                "someone-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com", Set.of(Role.MEMBER), 1,
                Instant.now().plus(7, ChronoUnit.DAYS), "Acme Benchmarks", UUID.randomUUID(), "en");
    }

    static Document storedEvent(String aggregateId, long sequence) {
        String payload = write(JSON.valueToTree(invitationSent(UUID.randomUUID())));
        return new Document("aggregateIdentifier", aggregateId)
                .append("type", "Invitation")
                .append("sequenceNumber", sequence)
                .append("serializedPayload", payload)
                .append("timestamp", Instant.now().toString())
                .append("payloadType", InvitationSent.class.getName())
                .append("payloadRevision", null)
                .append("serializedMetaData", "{\"correlationId\":\"" + UUID.randomUUID()
                        + "\",\"traceId\":\"" + UUID.randomUUID() + "\",\"actor\":\"" + UUID.randomUUID() + "\"}")
                .append("eventIdentifier", UUID.randomUUID().toString());
    }

    static byte[] cloudEvent(String type, UUID workspaceId, String subject, long sequence, String actor, Object data) {
        ObjectNode node = JSON.createObjectNode();
        node.put("specversion", "1.0");
        node.put("id", UUID.randomUUID().toString());
        node.put("source", "bench");
        node.put("type", type);
        node.put("subject", subject);
        node.put("time", Instant.now().toString());
        node.put("datacontenttype", "application/json");
        node.put("dataversion", 1);
        node.put("workspaceid", workspaceId.toString());
        node.put("actor", actor);
        node.put("correlationid", UUID.randomUUID().toString());
        node.put("sequence", sequence);
        node.set("data", JSON.valueToTree(data));
        return write(node).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String write(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
