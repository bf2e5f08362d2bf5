package io.membership.notificationservice.invitation.messaging;

import io.membership.contract.EventEnvelope;
import io.membership.contract.invitation.InvitationSent;
import io.membership.contract.notification.NotificationFailed;
import io.membership.contract.notification.NotificationKind;
import io.membership.contract.notification.NotificationSent;
import io.membership.infra.ReceivedMail;
import io.membership.notificationservice.NotificationServiceTestContext;
import io.membership.notificationservice.NotificationTopic;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(OutputCaptureExtension.class)
class InvitationEmailIntegrationTest extends NotificationServiceTestContext {

    private static final Instant NEXT_WEEK = Instant.now().plus(Duration.ofDays(7));

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private MeterRegistry meters;

    @Test
    void invitationSentEmailsTheInviteeOnceAndReportsNotificationSent(CapturedOutput output) throws Exception {
        String email = newEmail("ana");
        EventEnvelope<InvitationSent> event = invitationSent(email, "fr", NEXT_WEEK);
        InvitationSent invitation = event.data();

        publish(event);

        NotificationTopic.Published outcome = awaitOneOutcome(event.id());
        List<ReceivedMail> mails = mailsTo(email);
        assertThat(mails).hasSize(1);
        ReceivedMail mail = mails.get(0);
        String link = "https://invitations.example.test/invitations/" + invitation.invitationId() + "?token="
                + tokenOf(invitation);
        assertThat(mail.subject()).isEqualTo("Invitation à l'espace de travail " + invitation.workspaceName());
        assertThat(mail.from()).isEqualTo("no-reply@workspace.local");
        assertThat(mail.textBody()).contains(link);
        assertThat(mail.htmlBody()).contains(link);

        assertThat(outcome.key()).isEqualTo(invitation.workspaceId().toString());
        assertThat(outcome.envelope().correlationId()).isEqualTo(event.correlationId());
        assertThat(outcome.envelope().data()).isInstanceOfSatisfying(NotificationSent.class, sent -> {
            assertThat(sent.kind()).isEqualTo(NotificationKind.INVITATION);
            assertThat(sent.invitationId()).isEqualTo(invitation.invitationId());
            assertThat(sent.memberId()).isEqualTo(invitation.memberId());
            assertThat(sent.recipient()).isEqualTo(email);
            assertThat(sent.locale()).isEqualTo("fr");
            assertThat(outcome.envelope().subject()).isEqualTo(sent.notificationId().toString());
        });

        Document record = mongo.getCollection("deliveries").find(eq("sourceEventId", event.id())).first();
        assertThat(record).isNotNull();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                mongo.getCollection("deliveries").find(eq("sourceEventId", event.id())).first())
                .containsEntry("status", "SENT").containsKey("publishedAt"));

        String token = tokenOf(invitation);
        assertThat(record.toJson()).doesNotContain(token);
        assertThat(outcome.rawValue()).doesNotContain(token);
        assertThat(output.getAll()).doesNotContain(token);
    }

    @Test
    void sameEventPublishedTwiceSendsOneEmail() throws Exception {
        String email = newEmail("bo");
        EventEnvelope<InvitationSent> event = invitationSent(email, "da", NEXT_WEEK);
        byte[] value = codec.encode(event);
        double duplicatesBefore = duplicatesSkipped();

        publishRaw(event.data().partitionKey(), value);
        publishRaw(event.data().partitionKey(), value);

        await().atMost(PATIENCE).until(() -> duplicatesSkipped() > duplicatesBefore
                && !outcomesOf(event.id()).isEmpty());
        assertThat(mailsTo(email)).hasSize(1);
        assertThat(mailsTo(email).get(0).subject())
                .isEqualTo("Invitation til at deltage i arbejdsområdet " + event.data().workspaceName());
        assertThat(outcomesOf(event.id())).hasSize(1);
    }

    @Test
    void invalidRecipientIsReportedAsAPermanentFailure() throws Exception {
        EventEnvelope<InvitationSent> event = invitationSent("not an address", "de", NEXT_WEEK);

        publish(event);

        NotificationTopic.Published outcome = awaitOneOutcome(event.id());
        assertThat(outcome.envelope().data()).isInstanceOfSatisfying(NotificationFailed.class, failed -> {
            assertThat(failed.permanent()).isTrue();
            assertThat(failed.reason()).isEqualTo("invalid recipient address");
            assertThat(failed.invitationId()).isEqualTo(event.data().invitationId());
        });
        assertThat(outcome.rawValue()).doesNotContain(tokenOf(event.data()));
    }

    @Test
    void invitationThatExpiredBeforeItCouldBeSentIsNotEmailed() throws Exception {
        String lateEmail = newEmail("late");
        EventEnvelope<InvitationSent> expired = invitationSent(lateEmail, "en", Instant.now().minusSeconds(60));
        EventEnvelope<InvitationSent> afterIt = envelope(new InvitationSent(expired.data().invitationId(),
                expired.data().workspaceId(), expired.data().memberId(), newEmail("next"), expired.data().roles(), 2,
                NEXT_WEEK, expired.data().workspaceName(), expired.data().invitedBy(), "en"),
                expired.subject());

        publish(expired);
        publish(afterIt);

        awaitOneOutcome(afterIt.id());
        assertThat(outcomesOf(expired.id())).isEmpty();
        assertThat(mailsTo(lateEmail)).isEmpty();
        assertThat(mongo.getCollection("deliveries").countDocuments(eq("sourceEventId", expired.id()))).isZero();
    }

    private NotificationTopic.Published awaitOneOutcome(String sourceEventId) {
        await().atMost(PATIENCE).until(() -> !outcomesOf(sourceEventId).isEmpty());
        List<NotificationTopic.Published> outcomes = outcomesOf(sourceEventId);
        assertThat(outcomes).hasSize(1);
        return outcomes.get(0);
    }

    private double duplicatesSkipped() {
        return meters.find("events.duplicates").tag("consumer", InvitationEventsListener.CONSUMER).counters()
                .stream().mapToDouble(c -> c.count()).sum();
    }
}
