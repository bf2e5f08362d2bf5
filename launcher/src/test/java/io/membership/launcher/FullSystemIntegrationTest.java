package io.membership.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import io.membership.infra.Infrastructure;
import io.membership.infra.ReceivedMail;
import io.membership.infra.SharedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** All four services as separate JVMs on random ports, driven only over REST and the mail inbox. */
class FullSystemIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static RunningSystem system;
    private static Story story;
    private static Infrastructure infrastructure;
    private static Path logs;

    @BeforeAll
    static void startSystem() throws Exception {
        infrastructure = SharedInfrastructure.get();
        logs = Files.createDirectories(Path.of("target", "system-logs"));
        system = RunningSystem.start(infrastructure, ServicePorts.free(),
                Path.of(System.getProperty("services.dir", "target/services")), logs,
                "full-system-test-link-secret-" + UUID.randomUUID(),
                Map.of("MEMBERSHIP_INVITATION_EXPIRY", "PT20S"));
        story = new Story(system.membershipUrl(), system.invitationUrl(), system.queryUrl(), infrastructure.inbox(),
                System.out::println);
    }

    @AfterAll
    static void stopSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void inviteAcceptRejectAndExpireThroughAllFourServices() throws Exception {
        String ownerEmail = Story.uniqueEmail("owner");
        assertThat(story.register(ownerEmail, "owner password 1").status()).isEqualTo(201);
        String owner = story.logIn(ownerEmail, "owner password 1");
        String workspaceId = story.createWorkspace(owner, "Full System", 3);
        story.awaitMember(owner, workspaceId, ownerEmail, "OK", WAIT);

        String alice = Story.uniqueEmail("alice");
        String carol = Story.uniqueEmail("carol");
        story.invite(owner, workspaceId, alice, "fr");
        story.invite(owner, workspaceId, carol, "en");

        ReceivedMail aliceMail = story.awaitEmail(alice, WAIT);
        assertThat(aliceMail.subject()).contains("Full System");
        Story.Link link = story.linkIn(aliceMail);
        JsonHttp.Response preview = story.preview(link);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.text("email")).isEqualTo(alice);
        assertThat(preview.text("workspaceName")).isEqualTo("Full System");
        assertThat(preview.body().path("accountExists").asBoolean()).isFalse();

        assertThat(story.preview(new Story.Link(link.invitationId(), link.token() + "x")).status()).isEqualTo(404);
        assertThat(story.acceptWithNewPassword(link, "alice password 1").status()).isEqualTo(200);
        JsonNode aliceRow = story.awaitMember(owner, workspaceId, alice, "OK", WAIT);
        assertThat(aliceRow.path("confirmation").asText()).isEqualTo("Confirmed");
        assertThat(aliceRow.path("state").asText()).isEqualTo("ACTIVE");
        assertThat(story.acceptWithNewPassword(link, "alice password 1").status()).isBetween(400, 499);
        assertThat(story.logIn(alice, "alice password 1")).isNotBlank();

        JsonNode carolRow = story.awaitMember(owner, workspaceId, carol, "Wait", WAIT);
        assertThat(carolRow.path("expiresAt").asText()).isNotBlank();
        assertThat(carolRow.path("confirmation").asText()).isEqualTo("Not confirmed");

        String bob = Story.uniqueEmail("bob");
        story.invite(owner, workspaceId, bob, "de");
        JsonNode bobRow = story.awaitMember(owner, workspaceId, bob, "Re-invite", WAIT);
        assertThat(bobRow.path("state").asText()).isEqualTo("DELIVERY_FAILED");

        story.awaitMember(owner, workspaceId, carol, "Re-invite", WAIT);
        assertThat(story.member(owner, workspaceId, carol).orElseThrow().path("state").asText()).isEqualTo("EXPIRED");
        assertThat(infrastructure.inbox().messagesFor(bob)).isEmpty();

        JsonNode seats = story.seats(owner, workspaceId).body();
        assertThat(seats.toString()).contains("\"product\":\"workspace\"");
        JsonHttp.Response audit = story.audit(owner, workspaceId);
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body().toString()).contains("InvitationAccepted", "MemberJoined", "InvitationExpired",
                "SeatReservationRejected");
        System.out.println(story.membersTable(owner, workspaceId));

        SecretScanner scanner = new SecretScanner(infrastructure, logs);
        assertThat(scanner.findings(List.of(alice))).as("the scanner sees what was stored").isNotEmpty();
        assertThat(scanner.findings(List.of(link.token(), "alice password 1", "owner password 1", owner))).isEmpty();
    }
}
