package io.membership.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import io.membership.infra.Infrastructure;
import io.membership.infra.ReceivedMail;
import io.membership.infra.SharedInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** All four services as separate JVMs on random ports, driven only over REST and the mail inbox. */
@Order(1)
class FullSystemIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static Story story;
    private static Infrastructure infrastructure;

    @BeforeAll
    static void startSystem() {
        infrastructure = SharedInfrastructure.get();
        SharedSystem.get();
        story = SharedSystem.story();
    }

    @Test
    void inviteAcceptRejectAndExpireThroughAllFourServices() throws Exception {
        String ownerEmail = Story.uniqueEmail("owner");
        assertThat(story.register(ownerEmail, "owner password 1").status()).isEqualTo(202);
        String owner = story.logIn(ownerEmail, "owner password 1");
        String workspaceId = story.createWorkspace(owner, "Full System", 3);
        story.awaitMember(owner, workspaceId, ownerEmail, "OK", WAIT);

        String alice = Story.uniqueEmail("alice");
        String carol = Story.uniqueEmail("carol");
        story.invite(owner, workspaceId, carol, "en");
        story.awaitEmail(carol, WAIT);
        JsonNode carolRow = story.awaitMember(owner, workspaceId, carol, "Wait", WAIT);
        assertThat(carolRow.path("expiresAt").asText()).isNotBlank();
        assertThat(carolRow.path("confirmation").asText()).isEqualTo("Not confirmed");
        story.invite(owner, workspaceId, alice, "fr");

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

        String fullWorkspace = story.createWorkspace(owner, "Only The Owner", 1);
        String bob = Story.uniqueEmail("bob");
        story.invite(owner, fullWorkspace, bob, "de");
        JsonNode bobRow = story.awaitMember(owner, fullWorkspace, bob, "Re-invite", WAIT);
        assertThat(bobRow.path("state").asText()).isEqualTo("DELIVERY_FAILED");
        assertThat(story.audit(owner, fullWorkspace).body().toString()).contains("SeatReservationRejected");

        story.awaitMember(owner, workspaceId, carol, "Re-invite", Duration.ofSeconds(120));
        assertThat(story.member(owner, workspaceId, carol).orElseThrow().path("state").asText()).isEqualTo("EXPIRED");
        assertThat(infrastructure.inbox().messagesFor(bob)).isEmpty();

        JsonNode seats = story.seats(owner, workspaceId).body();
        assertThat(seats.toString()).contains("\"product\":\"workspace\"");
        JsonHttp.Response audit = story.audit(owner, workspaceId);
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body().toString()).contains("InvitationAccepted", "MemberJoined", "InvitationExpired");
        System.out.println(story.membersTable(owner, workspaceId));

        SecretScanner scanner = new SecretScanner(infrastructure, SharedSystem.LOGS);
        assertThat(scanner.findings(List.of(alice))).as("the scanner sees what was stored").isNotEmpty();
        assertThat(scanner.findings(List.of(link.token(), "alice password 1", "owner password 1", owner))).isEmpty();
    }
}
