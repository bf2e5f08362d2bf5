package io.membership.membershipservice.account.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.model.Filters;
import io.membership.contract.Topics;
import io.membership.membershipservice.support.MembershipIntegrationTest;
import io.membership.membershipservice.support.TestAccounts;
import io.membership.membershipservice.support.TopicReader;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Map;

import static io.membership.membershipservice.support.TestAccounts.PASSWORD;
import static io.membership.membershipservice.support.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

class AccountRegistrationIntegrationTest extends MembershipIntegrationTest {

    @Test
    void registersAnAccountWithCredentialsOutsideTheEventStore() {
        String email = uniqueEmail("Ann.Lee");
        ResponseEntity<JsonNode> response = accounts().post("/accounts", null,
                Map.of("email", "  " + email.toUpperCase() + " ", "password", PASSWORD, "locale", "fr"), null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        Document credential = database().getCollection("credentials")
                .find(Filters.eq("email", email.toLowerCase())).first();
        String accountId = credential.getString("_id");
        assertThat(credential.getString("passwordHash")).startsWith("{argon2}").doesNotContain(PASSWORD);

        Document stored = database().getCollection("domainevents")
                .find(Filters.eq("aggregateIdentifier", accountId)).first();
        assertThat(stored.getString("payloadType")).endsWith("AccountRegistered");
        assertThat(stored.toJson()).contains(email.toLowerCase()).doesNotContain(PASSWORD).doesNotContain("argon2");

        try (TopicReader topic = new TopicReader(kafkaBootstrapServers(), Topics.MEMBERSHIP_EVENTS)) {
            TopicReader.Received published = topic.awaitFirst(r -> accountId.equals(r.key()));
            assertThat(published.type()).isEqualTo("AccountRegistered");
            assertThat(published.data().path("locale").asText()).isEqualTo("fr");
            assertThat(published.cloudEvent().toString()).doesNotContain(PASSWORD).doesNotContain("argon2");
        }
    }

    @Test
    void refusesAMalformedEmail() {
        assertRefused(Map.of("email", "ann@", "password", PASSWORD), "invalid-email");
        assertRefused(Map.of("email", "a".repeat(250) + "@example.com", "password", PASSWORD), "invalid-email");
        assertRefused(Map.of("password", PASSWORD), "invalid-email");
    }

    @Test
    void refusesAPasswordOutsideThePolicy() {
        String email = uniqueEmail("weak");
        assertRefused(Map.of("email", email, "password", "short"), "weak-password");
        assertRefused(Map.of("email", email, "password", "x".repeat(129)), "weak-password");
        assertRefused(Map.of("email", email, "password", email.toUpperCase()), "weak-password");
        assertThat(database().getCollection("credentials").countDocuments(Filters.eq("email", email))).isZero();
    }

    @Test
    void refusesAMalformedLocale() {
        assertRefused(Map.of("email", uniqueEmail("locale"), "password", PASSWORD, "locale", "<script>"),
                "invalid-locale");
    }

    @Test
    void aSecondRegistrationOfAnEmailChangesNothingAndAnswersLikeTheFirst() {
        String email = uniqueEmail("twice");
        ResponseEntity<JsonNode> first = accounts().post("/accounts", null,
                Map.of("email", email, "password", PASSWORD), null);

        ResponseEntity<JsonNode> again = accounts().post("/accounts", null,
                Map.of("email", email.toUpperCase(), "password", "another password entirely"), null);

        assertThat(again.getStatusCode()).isEqualTo(first.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(database().getCollection("credentials").countDocuments(Filters.eq("email", email))).isEqualTo(1);
        assertThat(accounts().post("/auth/token", null, Map.of("email", email, "password", PASSWORD), null)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(accounts().post("/auth/token", null,
                Map.of("email", email, "password", "another password entirely"), null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void refusesABodyThatIsNotJson() {
        ResponseEntity<JsonNode> response = accounts().post("/accounts", null, "not json", null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private void assertRefused(Map<String, String> body, String code) {
        ResponseEntity<JsonNode> response = accounts().post("/accounts", null, body, null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(response.getBody().path("code").asText()).isEqualTo(code);
        assertThat(response.getBody().toString()).doesNotContain(PASSWORD);
    }
}
