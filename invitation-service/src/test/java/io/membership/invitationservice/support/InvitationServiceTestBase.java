package io.membership.invitationservice.support;

import io.membership.testsupport.ManualClock;

import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.Products;
import io.membership.contract.Role;
import io.membership.contract.invitation.InvitationSent;
import io.membership.contract.membership.MemberJoined;
import io.membership.contract.membership.SeatReserved;
import io.membership.contract.membership.WorkspaceCreated;
import io.membership.infra.Infrastructure;
import io.membership.infra.SharedInfrastructure;
import io.membership.invitationservice.InvitationServiceApplication;
import io.membership.invitationservice.directory.WorkspaceDirectory;
import io.membership.platform.links.InvitationLinkTokens;
import io.membership.testsupport.TestIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The one Spring context of this module's integration tests (so the context cache shares it): real Kafka and Mongo
 * from {@link SharedInfrastructure}, tokens from {@link TestIdentity}, membership-service's account registration
 * stubbed, and a clock the tests move.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(classes = InvitationServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(InvitationServiceTestBase.TestClock.class)
public abstract class InvitationServiceTestBase {

    protected static final String LINK_SECRET = "integration-tests-link-secret-0123456789abcdef";
    protected static final Duration EVENTUALLY = Duration.ofSeconds(20);
    private static final Infrastructure INFRA = SharedInfrastructure.get();
    private static final String DATABASE = "invitation-it-" + UUID.randomUUID().toString().substring(0, 8);

    protected static final TestIdentity identity = TestIdentity.shared();
    protected static final MembershipServiceStub accountsStub = MembershipServiceStub.shared();
    protected static final InvitationLinkTokens linkTokens = new InvitationLinkTokens(LINK_SECRET);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", INFRA::kafkaBootstrapServers);
        registry.add("spring.data.mongodb.uri", INFRA::mongoUri);
        registry.add("spring.data.mongodb.database", () -> DATABASE);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", identity::jwksUri);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", identity::issuer);
        registry.add("membership.invitation.link-secret", () -> LINK_SECRET);
        registry.add("membership.membership-service.base-url", accountsStub::baseUrl);
        registry.add("membership.invitation.directory-wait", () -> "PT1S");
        registry.add("membership.invitation.expiry-poll", () -> "PT0.2S");
        registry.add("membership.relay.poll-interval", () -> "PT0.2S");
        registry.add("membership.invitation.link-requests-per-minute", () -> "10000");
    }

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        ManualClock testClock() {
            return ManualClock.startingNow();
        }
    }

    public record Workspace(UUID id, String name, UUID ownerId, String ownerEmail, String ownerToken) {
    }

    public record SentInvitation(Workspace workspace, UUID invitationId, UUID memberId, String email, String token) {
    }

    @LocalServerPort
    private int port;
    @Autowired
    private WorkspaceDirectory directory;

    @Autowired
    protected ManualClock clock;
    protected Http http;
    protected MembershipEvents membership;
    protected InvitationTopicRecorder invitationTopic;

    @BeforeEach
    void connect() {
        http = new Http("http://127.0.0.1:" + port);
        membership = MembershipEvents.shared(INFRA.kafkaBootstrapServers());
        invitationTopic = InvitationTopicRecorder.shared(INFRA.kafkaBootstrapServers());
    }

    protected static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    protected Workspace newWorkspace(String defaultLocale) {
        UUID workspaceId = UUID.randomUUID();
        UUID ownerId = UUID.randomUUID();
        String ownerEmail = uniqueEmail("owner");
        String name = "Acme " + workspaceId.toString().substring(0, 4);
        membership.publish(new WorkspaceCreated(workspaceId, name, ownerId, UUID.randomUUID(), ownerEmail,
                Map.of(Products.WORKSPACE, 5), defaultLocale));
        awaitKnownInDirectory(workspaceId, ownerId);
        return new Workspace(workspaceId, name, ownerId, ownerEmail, identity.token(ownerId, ownerEmail));
    }

    /** A member who joined with these roles; returns its JWT. */
    protected String joined(Workspace workspace, Set<Role> roles) {
        UUID accountId = UUID.randomUUID();
        String email = uniqueEmail("member");
        membership.publish(new MemberJoined(workspace.id(), UUID.randomUUID(), UUID.randomUUID(), accountId, email,
                roles));
        awaitKnownInDirectory(workspace.id(), accountId);
        return identity.token(accountId, email);
    }

    /** The directory learns from Kafka; the first test of a JVM may run before the consumer has its partitions. */
    private void awaitKnownInDirectory(UUID workspaceId, UUID accountId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.rolesOf(workspaceId, accountId).isPresent());
    }

    protected Http.Response invite(Workspace workspace, Map<String, Object> body, String token) {
        return http.post("/workspaces/" + workspace.id() + "/invitations", body, token);
    }

    protected UUID invited(Workspace workspace, String email, String locale) {
        Map<String, Object> body = locale == null ? Map.of("email", email) : Map.of("email", email, "locale", locale);
        Http.Response response = invite(workspace, body, workspace.ownerToken());
        assertThat(response.status()).as(response.raw()).isEqualTo(202);
        return UUID.fromString(response.json().path("invitationId").asText());
    }

    protected SentInvitation sentInvitation(Workspace workspace, String email) {
        UUID invitationId = invited(workspace, email, null);
        UUID memberId = UUID.randomUUID();
        membership.publish(new SeatReserved(workspace.id(), memberId, invitationId, Products.WORKSPACE, email,
                workspace.name()));
        awaitEvent(InvitationSent.class, e -> e.invitationId().equals(invitationId));
        return new SentInvitation(workspace, invitationId, memberId, email, linkTokens.tokenFor(invitationId, 1));
    }

    protected <T extends Event> EventEnvelope<T> awaitEvent(Class<T> type, Predicate<T> which) {
        await().atMost(EVENTUALLY).until(() -> !invitationTopic.of(type, which).isEmpty());
        return invitationTopic.of(type, which).get(0);
    }

    protected <T extends Event> List<EventEnvelope<T>> recorded(Class<T> type, Predicate<T> which) {
        return invitationTopic.of(type, which);
    }
}
