package io.membership.notificationservice;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ActuatorIntegrationTest extends NotificationServiceTestContext {

    @Autowired
    private MockMvc http;

    @Test
    void healthIsPublicAndCoversTheMailServer() throws Exception {
        http.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.mail.status").value("UP"))
                .andExpect(jsonPath("$.components.mongo.status").value("UP"));
    }

    @Test
    void prometheusExposesTheEmailMetrics() throws Exception {
        http.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("application=\"notification-service\"")))
                .andExpect(content().string(containsString("emails_sent_total{")))
                .andExpect(content().string(containsString("emails_failed_total{")))
                .andExpect(content().string(containsString("emails_retried_total{")))
                .andExpect(content().string(containsString("emails_delivery_latency_seconds_bucket{")))
                .andExpect(content().string(containsString(
                        "emails_sent_total{application=\"notification-service\",kind=\"invitation_reminder\"")))
                .andExpect(content().string(containsString("emails_sending_paused{")));
    }

    @Test
    void everythingElseNeedsABearerToken() throws Exception {
        http.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
        http.perform(get("/deliveries")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthenticated"));
    }
}
