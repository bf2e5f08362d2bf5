package io.membership.notificationservice.delivery;

import io.membership.contract.notification.NotificationFailed;
import io.membership.contract.notification.NotificationKind;
import io.membership.contract.notification.NotificationSent;
import io.membership.notificationservice.NotificationServiceTestContext;
import io.membership.notificationservice.NotificationTopic;
import io.membership.notificationservice.delivery.events.NotificationPublisher;
import io.membership.notificationservice.delivery.mail.EmailSender;
import io.membership.notificationservice.delivery.mail.MailFailureClassifier;
import io.membership.notificationservice.delivery.mail.MailSettings;
import io.membership.notificationservice.delivery.mail.OutgoingEmail;
import io.membership.notificationservice.delivery.store.DeliveryRecord;
import io.membership.notificationservice.delivery.store.DeliveryRecords;
import io.membership.notificationservice.delivery.store.DeliveryStatus;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A repeated request (redelivery, crash, a second consumer) resumes a delivery instead of repeating it. */
class DeliveryRecoveryIntegrationTest extends NotificationServiceTestContext {

    @Autowired
    private DeliveryProcess process;

    @Autowired
    private DeliveryRecords records;

    @Autowired
    private UnpublishedOutcomesSweep sweep;

    @Autowired
    private NotificationPublisher publisher;

    @Autowired
    private DeliveryMetrics metrics;

    @Autowired
    private DeliverySettings settings;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private SendingSwitch sending;

    private final AtomicInteger renders = new AtomicInteger();
    private final String email = newEmail("recovery");
    private final DeliveryRequest request = new DeliveryRequest(UUID.randomUUID().toString(), "corr-recovery",
            Instant.now(), NotificationKind.INVITATION, UUID.randomUUID(), email, "en", UUID.randomUUID(),
            UUID.randomUUID());
    private final Supplier<OutgoingEmail> content = () -> {
        renders.incrementAndGet();
        return new OutgoingEmail(email, "Recovery test", "text body", "<p>html body</p>", Locale.ENGLISH);
    };

    @Test
    void repeatedRequestSendsOneEmailAndOneOutcome() {
        process.deliver(request, content);
        process.deliver(request, content);

        assertThat(renders).hasValue(1);
        await().atMost(PATIENCE).until(() -> mailsTo(email).size() == 1);
        assertThat(awaitOutcomes(1).get(0).envelope().data()).isInstanceOf(NotificationSent.class);
        assertThat(records.find(request)).get().satisfies(record -> {
            assertThat(record.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(record.published()).isTrue();
        });
    }

    @Test
    void sentButUnpublishedDeliveryIsPublishedWithoutASecondEmail() {
        DeliveryRecord claimed = records.claim(request, Instant.now(), Instant.now().plusSeconds(30)).record();
        records.markSent(claimed.id(), Instant.now());

        process.deliver(request, content);

        assertThat(renders).hasValue(0);
        assertThat(awaitOutcomes(1).get(0).envelope().data()).isInstanceOf(NotificationSent.class);
        assertThat(records.find(request)).get().extracting(DeliveryRecord::published).isEqualTo(true);
        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void deliveryHeldByAnotherSenderIsLeftToIt() {
        records.claim(request, Instant.now(), Instant.now().plusSeconds(60));

        assertThatThrownBy(() -> process.deliver(request, content)).isInstanceOf(DeliveryInProgressException.class);
        assertThat(renders).hasValue(0);
        assertThat(records.find(request)).get().extracting(DeliveryRecord::status).isEqualTo(DeliveryStatus.SENDING);
    }

    @Test
    void interruptedDeliveryIsResumedOnceItsLeaseLapses() {
        records.claim(request, Instant.now(), Instant.now().minusSeconds(1));

        process.deliver(request, content);

        assertThat(renders).hasValue(1);
        await().atMost(PATIENCE).until(() -> mailsTo(email).size() == 1);
        assertThat(awaitOutcomes(1).get(0).envelope().data()).isInstanceOf(NotificationSent.class);
        assertThat(records.find(request)).get().extracting(DeliveryRecord::claims).isEqualTo(2);
    }

    @Test
    void deliveryInterruptedTooOftenIsGivenUpAsUncertain() {
        String id = records.claim(request, Instant.now(), Instant.now().minusSeconds(1)).record().id();
        for (int i = 0; i < settings.maxClaims() - 1; i++) {
            assertThat(records.takeOver(id, Instant.now(), Instant.now().minusSeconds(1))).isPresent();
        }

        process.deliver(request, content);

        assertThat(renders).hasValue(0);
        assertThat(awaitOutcomes(1).get(0).envelope().data()).isInstanceOfSatisfying(NotificationFailed.class,
                failed -> {
                    assertThat(failed.permanent()).isFalse();
                    assertThat(failed.reason()).isEqualTo("delivery uncertain: interrupted 3 times");
                });
    }

    @Test
    void unreachableMailServerEndsInATransientFailureAfterRetries() throws IOException {
        MailSettings mailSettings = new MailSettings("Workspace <no-reply@workspace.local>", ZoneOffset.UTC,
                new MailSettings.Retry(5, Duration.ofMillis(5), 2.0, Duration.ofMillis(20)));
        EmailSender unreachable = new EmailSender(mailServerAt(closedPort()), new MailFailureClassifier(), mailSettings);
        DeliveryProcess offline = new DeliveryProcess(records, unreachable, publisher, metrics, settings, sending,
                Clock.systemUTC());
        double retriedBefore = meters.counter("emails.retried", "kind", "invitation").count();

        offline.deliver(request, content);

        assertThat(awaitOutcomes(1).get(0).envelope().data()).isInstanceOfSatisfying(NotificationFailed.class,
                failed -> {
                    assertThat(failed.permanent()).isFalse();
                    assertThat(failed.reason()).isEqualTo("SMTP server unreachable (gave up after 5 attempts)");
                });
        assertThat(records.find(request)).get().extracting(DeliveryRecord::status).isEqualTo(DeliveryStatus.FAILED);
        assertThat(meters.counter("emails.retried", "kind", "invitation").count() - retriedBefore).isEqualTo(4);
    }

    @Test
    void transientFailureIsRetriedAndTheEmailSentOnce() {
        MailSettings mailSettings = new MailSettings("Workspace <no-reply@workspace.local>", ZoneOffset.UTC,
                new MailSettings.Retry(5, Duration.ofMillis(5), 2.0, Duration.ofMillis(20)));
        EmailSender flaky = new EmailSender(failingOnceThen(INFRA.smtpHost(), INFRA.smtpPort()),
                new MailFailureClassifier(), mailSettings);
        DeliveryProcess process = new DeliveryProcess(records, flaky, publisher, metrics, settings, sending,
                Clock.systemUTC());
        double retriedBefore = meters.counter("emails.retried", "kind", "invitation").count();

        process.deliver(request, content);

        assertThat(awaitOutcomes(1).get(0).envelope().data()).isInstanceOf(NotificationSent.class);
        await().atMost(PATIENCE).until(() -> mailsTo(email).size() == 1);
        assertThat(meters.counter("emails.retried", "kind", "invitation").count() - retriedBefore).isEqualTo(1);
    }

    @Test
    void sweepPublishesOutcomesLeftUnpublished() {
        DeliveryRecord claimed = records.claim(request, Instant.now(), Instant.now().plusSeconds(30)).record();
        records.markFailed(claimed.id(), "SMTP server rejected the message (550)", true,
                Instant.now().minus(settings.republishAfter()).minusSeconds(1));

        sweep.sweep();

        assertThat(awaitOutcomes(1).get(0).envelope().data()).isInstanceOfSatisfying(NotificationFailed.class,
                failed -> assertThat(failed.reason()).isEqualTo("SMTP server rejected the message (550)"));
        assertThat(records.find(request)).get().extracting(DeliveryRecord::published).isEqualTo(true);
    }

    private List<NotificationTopic.Published> awaitOutcomes(int count) {
        await().atMost(PATIENCE).until(() -> outcomesOf(request.sourceEventId()).size() >= count);
        List<NotificationTopic.Published> outcomes = outcomesOf(request.sourceEventId());
        assertThat(outcomes).hasSize(count);
        return outcomes;
    }

    private static JavaMailSenderImpl mailServerAt(int port) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(port);
        return mail;
    }

    /** The first connection goes to a port nobody listens on (the server is away once), later ones reach it. */
    private static JavaMailSenderImpl failingOnceThen(String host, int port) {
        AtomicInteger connections = new AtomicInteger();
        int away = unusedPort();
        JavaMailSenderImpl mail = new JavaMailSenderImpl() {
            @Override
            public int getPort() {
                return connections.incrementAndGet() == 1 ? away : port;
            }
        };
        mail.setHost(host);
        return mail;
    }

    private static int unusedPort() {
        try {
            return closedPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
