package io.membership.notificationservice;

import io.membership.contract.Event;
import io.membership.contract.EventCatalog;
import io.membership.contract.EventEnvelope;
import io.membership.contract.Role;
import io.membership.contract.Topics;
import io.membership.contract.invitation.InvitationSent;
import io.membership.infra.Infrastructure;
import io.membership.infra.ReceivedMail;
import io.membership.infra.SharedInfrastructure;
import io.membership.platform.events.CloudEventCodec;
import io.membership.platform.links.InvitationLinkTokens;
import io.membership.testsupport.TestIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The one Spring context of this module's integration tests (so the context cache starts it once), wired to the
 * shared Kafka, MongoDB and SMTP servers, with a database and consumer group of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false)
public abstract class NotificationServiceTestContext {

    protected static final Infrastructure INFRA = SharedInfrastructure.get();
    protected static final String LINK_SECRET = "integration-test-link-secret-" + UUID.randomUUID();
    protected static final Duration PATIENCE = Duration.ofSeconds(30);
    protected static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    protected static final TestIdentity IDENTITY = TestIdentity.shared();
    protected static final UUID OPERATOR = UUID.randomUUID();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", INFRA::mongoUri);
        registry.add("spring.data.mongodb.database", () -> "notification_it_" + RUN);
        registry.add("spring.kafka.bootstrap-servers", INFRA::kafkaBootstrapServers);
        registry.add("spring.kafka.consumer.group-id", () -> "notification-it-" + RUN);
        registry.add("spring.mail.host", INFRA::smtpHost);
        registry.add("spring.mail.port", INFRA::smtpPort);
        registry.add("membership.invitation.link-secret", () -> LINK_SECRET);
        registry.add("membership.public-base-url", () -> "https://invitations.example.test");
        registry.add("membership.mail.retry.initial-interval", () -> "10ms");
        registry.add("membership.mail.retry.max-interval", () -> "40ms");
        registry.add("membership.notification.delivery.sweep-interval", () -> "1h");
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", IDENTITY::jwksUri);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", IDENTITY::issuer);
        registry.add("membership.notification.operators", OPERATOR::toString);
        registry.add("membership.mail.reminder-poll", () -> "200ms");
        registry.add("membership.mail.pause-sync", () -> "200ms");
    }

    @Autowired
    protected KafkaTemplate<String, byte[]> kafka;

    @Autowired
    protected CloudEventCodec codec;

    protected static String newEmail(String name) {
        return name + "-" + UUID.randomUUID() + "@example.com";
    }

    protected static EventEnvelope<InvitationSent> invitationSent(String email, String locale, Instant expiresAt) {
        UUID workspaceId = UUID.randomUUID();
        InvitationSent sent = new InvitationSent(UUID.randomUUID(), workspaceId, UUID.randomUUID(), email,
                Set.of(Role.MEMBER), 1, expiresAt, "Acme " + RUN, UUID.randomUUID(), locale);
        return envelope(sent, sent.invitationId().toString());
    }

    protected static <E extends Event> EventEnvelope<E> envelope(E event, String subject) {
        EventCatalog.Entry entry = EventCatalog.byClass(event.getClass()).orElseThrow();
        return new EventEnvelope<>(UUID.randomUUID().toString(), "invitation-service", entry.type(), entry.version(),
                subject, Instant.now(), event.partitionKey(), UUID.randomUUID().toString(),
                "corr-" + UUID.randomUUID(), 1, event);
    }

    /** On the topic the event catalogue names for it. */
    protected void publish(EventEnvelope<? extends Event> event) throws Exception {
        String topic = EventCatalog.byClass(event.data().getClass()).orElseThrow().topic();
        kafka.send(topic, event.data().partitionKey(), codec.encode(event)).get(10, TimeUnit.SECONDS);
    }

    protected static String operatorToken() {
        return "Bearer " + IDENTITY.token(OPERATOR, "operator@example.com");
    }

    protected static String memberToken() {
        return "Bearer " + IDENTITY.token(UUID.randomUUID(), "someone@example.com");
    }

    protected void publishRaw(String key, byte[] value) throws Exception {
        kafka.send(Topics.INVITATION_EVENTS, key, value).get(10, TimeUnit.SECONDS);
    }

    protected static String tokenOf(InvitationSent invitation) {
        return new InvitationLinkTokens(LINK_SECRET).tokenFor(invitation.invitationId(), invitation.attempt());
    }

    protected static List<ReceivedMail> mailsTo(String email) {
        return INFRA.inbox().messagesFor(email);
    }

    protected static List<NotificationTopic.Published> outcomesOf(String sourceEventId) {
        return NotificationTopic.shared(INFRA.kafkaBootstrapServers()).outcomesOf(sourceEventId);
    }
}
