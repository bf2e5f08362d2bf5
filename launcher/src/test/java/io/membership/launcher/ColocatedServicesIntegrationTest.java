package io.membership.launcher;

import io.membership.infra.EmbeddedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bin/start's default: the four services as contexts of one JVM. The backbone story must run on it exactly as on
 * four JVMs, including a setting passed the way a child JVM gets it (an environment variable's relaxed name).
 */
class ColocatedServicesIntegrationTest {

    private static EmbeddedInfrastructure infrastructure;
    private static ColocatedServices services;

    /** Infrastructure of its own: the shared one holds the other system tests' services, keys and consumer groups. */
    @BeforeAll
    static void start() {
        infrastructure = EmbeddedInfrastructure.builder().start();
        services = ColocatedServices.start(infrastructure, ServicePorts.free(),
                "colocated-test-link-secret-" + UUID.randomUUID(), Map.of("MEMBERSHIP_INVITATION_EXPIRY", "PT5M"));
    }

    @AfterAll
    static void stop() {
        if (services != null) {
            services.close();
        }
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    @Test
    void anInviteeJoinsThroughTheEmailedLink() {
        Story story = new Story(services.membershipUrl(), services.invitationUrl(), services.queryUrl(),
                infrastructure.inbox(), System.out::println);
        Duration wait = Duration.ofSeconds(60);
        String ownerEmail = Story.uniqueEmail("owner");
        story.register(ownerEmail, "correct horse battery");
        String owner = story.logIn(ownerEmail, "correct horse battery");
        String workspaceId = story.createWorkspace(owner, "Colocated", 3);
        String alice = Story.uniqueEmail("alice");
        story.invite(owner, workspaceId, alice, "da");

        Story.Link link = story.linkIn(story.awaitEmail(alice, wait));
        Instant expiresAt = Instant.parse(story.awaitMember(owner, workspaceId, alice, "Wait", wait)
                .path("expiresAt").asText());
        assertThat(expiresAt).as("the relaxed-name setting reached invitation-service")
                .isBefore(Instant.now().plus(Duration.ofMinutes(6)));
        story.acceptWithNewPassword(link, "alice's long password");
        story.awaitMember(owner, workspaceId, alice, "OK", wait);

        assertThat(story.membersTable(owner, workspaceId)).contains(alice).contains("Confirmed");
    }

    @Test
    void everyEndpointFamilyAnswersAsOnSeparateJvms() {
        assertThat(new EndpointSweep(EndpointSweep.Origins.direct(services), infrastructure.inbox()).run())
                .isEmpty();
    }

    @Test
    void everyEndpointFamilyAnswersThroughTheGateway() {
        assertThat(new EndpointSweep(EndpointSweep.Origins.gateway(services), infrastructure.inbox()).run())
                .isEmpty();
    }
}
