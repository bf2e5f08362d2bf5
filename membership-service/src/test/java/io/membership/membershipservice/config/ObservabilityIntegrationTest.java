package io.membership.membershipservice.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.membership.membershipservice.support.MembershipIntegrationTest;
import io.membership.membershipservice.support.TestAccounts.LoggedIn;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static io.membership.membershipservice.support.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

class ObservabilityIntegrationTest extends MembershipIntegrationTest {

    @Test
    void healthAndProbesAreUpWithoutAToken() {
        for (String path : new String[]{"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            ResponseEntity<JsonNode> health = http.getForEntity(path, JsonNode.class);
            assertThat(health.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(health.getBody().path("status").asText()).as(path).isEqualTo("UP");
        }
    }

    @Test
    void prometheusCountsCommandsAndRelayedEvents() {
        LoggedIn owner = accounts().registerAndLogIn(uniqueEmail("metrics"));
        accounts().createWorkspace(owner, "Metered", 2, null);

        String metrics = http.getForObject("/actuator/prometheus", String.class);

        assertThat(metrics).contains("membership_commands_total{")
                .contains("command=\"CreateWorkspace\"")
                .contains("membership_workspace_creations_total")
                .contains("relay_events_published_total");
    }
}
