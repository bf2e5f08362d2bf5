package io.membership.notificationservice.deadletter;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.membership.contract.EventEnvelope;
import io.membership.contract.Topics;
import io.membership.contract.invitation.InvitationSent;
import io.membership.notificationservice.NotificationServiceTestContext;
import io.membership.notificationservice.deadletter.store.DeadLetter;
import io.membership.notificationservice.deadletter.store.DeadLetters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DeadLetterIntegrationTest extends NotificationServiceTestContext {

    private static final Instant NEXT_WEEK = Instant.now().plus(Duration.ofDays(7));

    @Autowired
    private MockMvc http;

    @Autowired
    private DeadLetters deadLetters;

    @Test
    void unreadableRecordIsParkedWithItsOriginAndTheEventsAfterItStillFlow() throws Exception {
        String garbage = "not an event " + UUID.randomUUID();
        String email = newEmail("after-poison");
        EventEnvelope<InvitationSent> next = invitationSent(email, "en", NEXT_WEEK);

        kafka.send(Topics.INVITATION_EVENTS, next.data().partitionKey(), garbage.getBytes(StandardCharsets.UTF_8))
                .get();
        publish(next);

        await().atMost(PATIENCE).until(() -> mailsTo(email).size() == 1);
        await().atMost(PATIENCE).untilAsserted(() -> http.perform(get("/dead-letters")
                        .header(HttpHeaders.AUTHORIZATION, operatorToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.rawValue == '" + garbage + "')].topic").value(Topics.INVITATION_EVENTS))
                .andExpect(jsonPath("$[?(@.rawValue == '" + garbage + "')].consumer")
                        .value("notification-service.invitations"))
                .andExpect(jsonPath("$[?(@.rawValue == '" + garbage + "')].reason")
                        .value(hasItem(containsString("not JSON")))));
    }

    @Test
    void newerVersionIsParkedAndCannotBeReplayedUntilTheServiceReadsIt() throws Exception {
        String email = newEmail("v99");
        ObjectNode future = codec.toJson(invitationSent(email, "en", NEXT_WEEK));
        future.put("dataversion", 99);
        String eventId = future.get("id").asText();

        kafka.send(Topics.INVITATION_EVENTS, UUID.randomUUID().toString(), future.toString()
                .getBytes(StandardCharsets.UTF_8)).get();

        DeadLetter parked = awaitParked(eventId);
        assertThat(parked.reason()).contains("unsupported version 99");
        assertThat(parked.offset()).isNotNegative();
        http.perform(post("/dead-letters/{id}/replay", parked.id()).header(HttpHeaders.AUTHORIZATION, operatorToken()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("still-unreadable"));
        assertThat(deadLetters.find(parked.id())).get().extracting(DeadLetter::replayedAt).isNull();
        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void eventWithMissingRequiredDataIsParkedInsteadOfRetriedForever() throws Exception {
        String email = newEmail("after-malformed");
        ObjectNode malformed = codec.toJson(invitationSent(newEmail("x"), "en", NEXT_WEEK));
        ((ObjectNode) malformed.get("data")).putNull("email");
        String eventId = malformed.get("id").asText();
        EventEnvelope<InvitationSent> next = invitationSent(email, "en", NEXT_WEEK);

        kafka.send(Topics.INVITATION_EVENTS, next.data().partitionKey(), malformed.toString()
                .getBytes(StandardCharsets.UTF_8)).get();
        publish(next);

        assertThat(awaitParked(eventId).reason()).startsWith("event data rejected");
        await().atMost(PATIENCE).until(() -> mailsTo(email).size() == 1);
    }

    @Test
    void replayHandsAParkedRecordThatIsNowReadableToItsConsumerOnce() throws Exception {
        String email = newEmail("replayed");
        EventEnvelope<InvitationSent> event = invitationSent(email, "fr", NEXT_WEEK);
        DeadLetter parked = DeadLetter.of("notification-service.invitations", new ConsumerRecord<>(
                Topics.INVITATION_EVENTS, 0, 4242L, event.data().partitionKey(), codec.encode(event)),
                "parked by an older version", Instant.now());
        deadLetters.park(parked);

        http.perform(post("/dead-letters/{id}/replay", parked.id()).header(HttpHeaders.AUTHORIZATION, operatorToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.replays").value(1))
                .andExpect(jsonPath("$.replayedAt").isNotEmpty());
        http.perform(post("/dead-letters/{id}/replay", parked.id()).header(HttpHeaders.AUTHORIZATION, operatorToken()))
                .andExpect(status().isOk());

        await().atMost(PATIENCE).until(() -> outcomesOf(event.id()).size() == 1);
        assertThat(mailsTo(email)).hasSize(1);
        http.perform(get("/dead-letters").header(HttpHeaders.AUTHORIZATION, operatorToken()))
                .andExpect(jsonPath("$[?(@.id == '" + parked.id() + "')]").isEmpty());
    }

    @Test
    void onlyOperatorsSeeOrReplayDeadLetters() throws Exception {
        http.perform(get("/dead-letters")).andExpect(status().isUnauthorized());
        http.perform(get("/dead-letters").header(HttpHeaders.AUTHORIZATION, memberToken()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        http.perform(post("/dead-letters/anything/replay").header(HttpHeaders.AUTHORIZATION, memberToken()))
                .andExpect(status().isForbidden());
        http.perform(post("/dead-letters/no-such-letter/replay").header(HttpHeaders.AUTHORIZATION, operatorToken()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        http.perform(get("/dead-letters").param("limit", "0").header(HttpHeaders.AUTHORIZATION, operatorToken()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-input"));
    }

    private DeadLetter awaitParked(String eventId) {
        return await().atMost(PATIENCE).until(() -> deadLetters.list(true, 500).stream()
                .filter(letter -> new String(letter.value(), StandardCharsets.UTF_8).contains(eventId))
                .findFirst().orElse(null), letter -> letter != null);
    }
}
