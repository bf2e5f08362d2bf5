package io.membership.membershipservice.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Registers accounts, logs them in and creates workspaces over HTTP, as a client would. */
public final class TestAccounts {

    public static final String PASSWORD = "correct horse battery staple";

    public record LoggedIn(UUID accountId, String email, String token) {
    }

    private final TestRestTemplate http;

    public TestAccounts(TestRestTemplate http) {
        this.http = http;
    }

    public static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    public LoggedIn registerAndLogIn(String email) {
        ResponseEntity<JsonNode> registered = post("/accounts", null,
                Map.of("email", email, "password", PASSWORD), null);
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        ResponseEntity<JsonNode> token = post("/auth/token", null, Map.of("email", email, "password", PASSWORD), null);
        assertThat(token.getStatusCode()).isEqualTo(HttpStatus.OK);
        String jwt = token.getBody().path("accessToken").asText();
        return new LoggedIn(subjectOf(jwt), email.toLowerCase(), jwt);
    }

    private static UUID subjectOf(String jwt) {
        try {
            return UUID.fromString(com.nimbusds.jwt.SignedJWT.parse(jwt).getJWTClaimsSet().getSubject());
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("not a JWT", e);
        }
    }

    public UUID createWorkspace(LoggedIn owner, String name, int workspaceSeats, String correlationId) {
        ResponseEntity<JsonNode> created = post("/workspaces", owner.token(),
                Map.of("name", name, "seats", Map.of("workspace", workspaceSeats, "conversations", 2)), correlationId);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return UUID.fromString(created.getBody().path("workspaceId").asText());
    }

    public ResponseEntity<JsonNode> post(String path, String bearer, Object body, String correlationId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (bearer != null) {
            headers.setBearerAuth(bearer);
        }
        if (correlationId != null) {
            headers.set("X-Correlation-Id", correlationId);
        }
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
