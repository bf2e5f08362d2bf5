package io.membership.notificationservice.operations;

import io.membership.contract.EventEnvelope;
import io.membership.contract.invitation.InvitationSent;
import io.membership.notificationservice.NotificationServiceTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SendingPauseIntegrationTest extends NotificationServiceTestContext {

    @Autowired
    private MockMvc http;

    @AfterEach
    void resume() throws Exception {
        http.perform(post("/admin/sending/resume").header(HttpHeaders.AUTHORIZATION, operatorToken()));
    }

    @Test
    void pausedSendingHoldsEmailsAndSendsThemOnceOnResume() throws Exception {
        String email = newEmail("held");
        EventEnvelope<InvitationSent> event = invitationSent(email, "en", Instant.now().plus(Duration.ofDays(7)));

        http.perform(post("/admin/sending/pause").header(HttpHeaders.AUTHORIZATION, operatorToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paused").value(true));
        publish(event);

        await().during(Duration.ofSeconds(2)).atMost(PATIENCE)
                .until(() -> mailsTo(email).isEmpty() && outcomesOf(event.id()).isEmpty());
        http.perform(get("/admin/sending").header(HttpHeaders.AUTHORIZATION, operatorToken()))
                .andExpect(jsonPath("$.paused").value(true));

        http.perform(post("/admin/sending/resume").header(HttpHeaders.AUTHORIZATION, operatorToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paused").value(false));

        await().atMost(PATIENCE).until(() -> outcomesOf(event.id()).size() == 1);
        assertThat(mailsTo(email)).hasSize(1);
    }

    @Test
    void onlyOperatorsPauseOrResume() throws Exception {
        http.perform(post("/admin/sending/pause")).andExpect(status().isUnauthorized());
        http.perform(post("/admin/sending/pause").header(HttpHeaders.AUTHORIZATION, memberToken()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        http.perform(get("/admin/sending").header(HttpHeaders.AUTHORIZATION, operatorToken()))
                .andExpect(jsonPath("$.paused").value(false));
    }
}
