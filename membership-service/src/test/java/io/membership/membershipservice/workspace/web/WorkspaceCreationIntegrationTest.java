package io.membership.membershipservice.workspace.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.model.Filters;
import io.membership.contract.Topics;
import io.membership.membershipservice.support.MembershipIntegrationTest;
import io.membership.membershipservice.support.TestAccounts.LoggedIn;
import io.membership.membershipservice.support.TopicReader;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.membership.membershipservice.support.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceCreationIntegrationTest extends MembershipIntegrationTest {

    @Test
    void theCreatedWorkspaceIsStoredInMongoAndPublishedAsACloudEvent() {
        LoggedIn owner = accounts().registerAndLogIn(uniqueEmail("Owner"));
        String correlationId = "create-" + UUID.randomUUID();

        UUID workspaceId = accounts().createWorkspace(owner, "Acme Studio", 5, correlationId);

        List<Document> stored = database().getCollection("domainevents")
                .find(Filters.eq("aggregateIdentifier", workspaceId.toString())).into(new java.util.ArrayList<>());
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).getString("payloadType")).endsWith("WorkspaceCreated");
        assertThat(stored.get(0).get("sequenceNumber", Number.class).longValue()).isZero();

        try (TopicReader topic = new TopicReader(kafkaBootstrapServers(), Topics.MEMBERSHIP_EVENTS)) {
            TopicReader.Received published = topic.awaitFirst(r -> workspaceId.toString().equals(r.key()));
            JsonNode event = published.cloudEvent();
            assertThat(event.path("specversion").asText()).isEqualTo("1.0");
            assertThat(event.path("type").asText()).isEqualTo("WorkspaceCreated");
            assertThat(event.path("id").asText()).isEqualTo(stored.get(0).getString("eventIdentifier"));
            assertThat(event.path("source").asText()).isEqualTo("membership-service");
            assertThat(event.path("subject").asText()).isEqualTo(workspaceId.toString());
            assertThat(event.path("workspaceid").asText()).isEqualTo(workspaceId.toString());
            assertThat(event.path("actor").asText()).isEqualTo(owner.accountId().toString());
            assertThat(event.path("correlationid").asText()).isEqualTo(correlationId);
            assertThat(event.path("sequence").asLong()).isZero();
            JsonNode data = event.path("data");
            assertThat(data.path("name").asText()).isEqualTo("Acme Studio");
            assertThat(data.path("ownerAccountId").asText()).isEqualTo(owner.accountId().toString());
            assertThat(data.path("ownerEmail").asText()).isEqualTo(owner.email());
            assertThat(data.path("ownerMemberId").asText()).isNotBlank();
            assertThat(data.path("seatCapacity").path("workspace").asInt()).isEqualTo(5);
            assertThat(data.path("seatCapacity").path("conversations").asInt()).isEqualTo(2);
            assertThat(data.path("defaultLocale").asText()).isEqualTo("en");
        }
    }

    @Test
    void refusesInvalidWorkspacesAndStoresNothing() {
        LoggedIn owner = accounts().registerAndLogIn(uniqueEmail("careful"));
        long eventsBefore = database().getCollection("domainevents").countDocuments();

        assertRefused(owner, Map.of("seats", Map.of("workspace", 2)), "invalid-name");
        assertRefused(owner, Map.of("name", "x".repeat(101), "seats", Map.of("workspace", 2)), "invalid-name");
        assertRefused(owner, Map.of("name", "Acme"), "invalid-seats");
        assertRefused(owner, Map.of("name", "Acme", "seats", Map.of("conversations", 2)), "invalid-seats");
        assertRefused(owner, Map.of("name", "Acme", "seats", Map.of("workspace", 0)), "invalid-seats");
        assertRefused(owner, Map.of("name", "Acme", "seats", Map.of("workspace", 100_001)), "invalid-seats");
        assertRefused(owner, Map.of("name", "Acme", "seats", Map.of("workspace", 2, "Bad Product", 1)),
                "invalid-seats");
        Map<String, Object> negative = new HashMap<>(Map.of("name", "Acme"));
        negative.put("seats", Map.of("workspace", 2, "conversations", -1));
        assertRefused(owner, negative, "invalid-seats");
        assertRefused(owner, Map.of("name", "Acme", "seats", Map.of("workspace", 2), "defaultLocale", "xx-yy-zz"),
                "invalid-locale");

        ResponseEntity<JsonNode> notANumber = accounts().post("/workspaces", owner.token(),
                Map.of("name", "Acme", "seats", Map.of("workspace", "many")), null);
        assertThat(notANumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(database().getCollection("domainevents").countDocuments()).isEqualTo(eventsBefore);
    }

    private void assertRefused(LoggedIn owner, Map<String, Object> body, String code) {
        ResponseEntity<JsonNode> response = accounts().post("/workspaces", owner.token(), body, null);
        assertThat(response.getStatusCode()).as(body.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().path("code").asText()).as(body.toString()).isEqualTo(code);
    }
}
