package io.membership.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.membership.infra.SharedInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Membership administration through all four services: role change, ownership transfer, add by hand, tags, bulk
 * invite, re-invite, cancel, add-on seat moves, revoke, CSV import and export, remove — each visible on the
 * members page and in the audit log.
 */
@Order(2)
class AdministrationSystemIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonHttp http = new JsonHttp();
    private static RunningSystem system;
    private static Story story;

    @BeforeAll
    static void start() {
        system = SharedSystem.get();
        story = SharedSystem.story();
    }

    @Test
    void administersAWorkspaceFromInviteToRemoval() throws Exception {
        String founderEmail = Story.uniqueEmail("founder");
        story.register(founderEmail, "founder password 1");
        String founder = story.logIn(founderEmail, "founder password 1");
        String ws = story.createWorkspace(founder, "Administration", 5);

        String aliceEmail = Story.uniqueEmail("alice");
        story.invite(founder, ws, aliceEmail, "en");
        story.acceptWithNewPassword(story.linkIn(story.awaitEmail(aliceEmail, WAIT)), "alice password 1");
        String aliceId = story.awaitMember(founder, ws, aliceEmail, "OK", WAIT).path("memberId").asText();
        String founderId = story.member(founder, ws, founderEmail).orElseThrow().path("memberId").asText();
        String alice = story.logIn(aliceEmail, "alice password 1");

        JsonHttp.RawResponse promoted = send("PUT", membership("/workspaces/" + ws + "/members/" + aliceId + "/roles"),
                founder, Map.of("roles", new String[]{"MEMBER", "ADMIN"}));
        assertThat(promoted.status()).isEqualTo(200);
        String consistency = promoted.headers().firstValue("X-Consistency-Token").orElseThrow();
        assertThat(consistency).startsWith(ws + ":");
        JsonHttp.Response readOwnWrite = http.get(system.queryUrl() + "/workspaces/" + ws + "/members?size=50&after="
                + consistency, founder);
        assertThat(readOwnWrite.status()).isEqualTo(200);
        JsonNode aliceRow = java.util.stream.StreamSupport.stream(readOwnWrite.body().path("items").spliterator(), false)
                .filter(item -> aliceEmail.equals(item.path("email").asText())).findFirst().orElseThrow();
        assertThat(aliceRow.path("roles").toString()).contains("ADMIN");

        assertThat(send("POST", membership("/workspaces/" + ws + "/ownership"), founder,
                Map.of("memberId", aliceId)).status()).isEqualTo(200);
        awaitRow(alice, ws, aliceEmail, row -> row.path("roles").toString().contains("OWNER"));
        awaitRow(alice, ws, founderEmail, row -> row.path("roles").toString().contains("ADMIN")
                && !row.path("roles").toString().contains("OWNER"));
        assertThat(send("POST", membership("/workspaces/" + ws + "/ownership"), founder,
                Map.of("memberId", founderId)).status()).isEqualTo(403);

        String daveEmail = Story.uniqueEmail("dave");
        JsonHttp.RawResponse added = send("POST", membership("/workspaces/" + ws + "/members"), alice,
                Map.of("email", daveEmail, "roles", new String[]{"MEMBER"}));
        assertThat(added.status()).isEqualTo(201);
        String daveId = JSON.readTree(added.body()).path("memberId").asText();
        story.awaitMember(alice, ws, daveEmail, "Invite", WAIT);
        assertThat(send("PUT", membership("/workspaces/" + ws + "/members/" + daveId + "/tags"), alice,
                Map.of("tags", new String[]{"support", "night shift"})).status()).isEqualTo(200);
        awaitRow(alice, ws, daveEmail, row -> row.path("tags").toString().contains("night shift"));

        JsonHttp.RawResponse bulk = send("POST", invitation("/workspaces/" + ws + "/invitations"), alice,
                Map.of("memberIds", new String[]{daveId}));
        assertThat(bulk.status()).isEqualTo(202);
        Story.Link first = story.linkIn(story.awaitEmail(daveEmail, WAIT));
        story.awaitMember(alice, ws, daveEmail, "Wait", WAIT);

        assertThat(send("POST", invitation("/invitations/" + first.invitationId() + "/resend"), alice, Map.of())
                .status()).isEqualTo(200);
        Story.Link second = Story.await(() -> SharedInfrastructure.get().inbox().messagesFor(daveEmail).stream()
                .map(story::linkIn).filter(link -> !link.token().equals(first.token())).findFirst(), WAIT,
                "the re-sent invitation");
        assertThat(story.preview(first).status()).isEqualTo(404);
        assertThat(story.preview(second).status()).isEqualTo(200);

        assertThat(send("POST", invitation("/invitations/" + first.invitationId() + "/cancel"), alice, Map.of())
                .status()).isEqualTo(200);
        story.awaitMember(alice, ws, daveEmail, "Invite", WAIT);
        assertThat(story.preview(second).status()).isEqualTo(404);

        assertThat(send("PUT", membership("/workspaces/" + ws + "/members/" + founderId + "/seats/conversations"),
                alice, Map.of("level", "AGENT")).status()).isEqualTo(200);
        assertThat(send("PUT", membership("/workspaces/" + ws + "/members/" + aliceId + "/seats/conversations"),
                alice, Map.of("level", "AGENT")).status()).isEqualTo(409);
        assertThat(send("PUT", membership("/workspaces/" + ws + "/members/" + founderId + "/seats/conversations"),
                alice, Map.of("level", "VIEWER")).status()).isEqualTo(200);
        assertThat(send("PUT", membership("/workspaces/" + ws + "/members/" + aliceId + "/seats/conversations"),
                alice, Map.of("level", "AGENT")).status()).isEqualTo(200);

        assertThat(send("POST", membership("/workspaces/" + ws + "/members/" + founderId + "/revoke"), alice,
                Map.of()).status()).isEqualTo(200);
        awaitRow(alice, ws, founderEmail, row -> "REVOKED".equals(row.path("state").asText())
                && "Invite".equals(row.path("guidance").asText()));
        Story.await(() -> story.members(founder, ws).status() == 404 ? java.util.Optional.of(true)
                : java.util.Optional.empty(), WAIT, "the revoked admin's token to stop working there");

        String erinEmail = Story.uniqueEmail("erin");
        String csv = "email,roles,tags\n" + erinEmail + ",MEMBER,import\nnot-an-email,MEMBER,\n"
                + erinEmail.toUpperCase() + ",AUDITOR,\n";
        JsonHttp.RawResponse imported = http.raw("POST", membership("/workspaces/" + ws + "/members/import"),
                Map.of("Authorization", "Bearer " + alice, "Content-Type", "text/csv", "Accept", "application/json"),
                csv);
        assertThat(imported.status()).isEqualTo(200);
        JsonNode report = JSON.readTree(imported.body());
        assertThat(report.path("added").asInt()).isEqualTo(1);
        assertThat(report.path("merged").asInt()).isEqualTo(1);
        assertThat(report.path("problems").get(0).path("line").asInt()).isEqualTo(3);
        awaitRow(alice, ws, erinEmail, row -> row.path("roles").toString().contains("AUDITOR"));

        JsonHttp.RawResponse export = http.raw("GET", system.queryUrl() + "/workspaces/" + ws + "/members/export",
                Map.of("Authorization", "Bearer " + alice), null);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).startsWith("email").contains(erinEmail, daveEmail, aliceEmail);

        assertThat(send("DELETE", membership("/workspaces/" + ws + "/members/" + daveId), alice, null).status())
                .isEqualTo(200);
        Story.await(() -> story.member(alice, ws, daveEmail).isEmpty() ? java.util.Optional.of(true)
                : java.util.Optional.empty(), WAIT, "dave's row to leave the members page");
        Story.await(() -> story.audit(alice, ws).body().toString().contains("MemberRemoved")
                ? java.util.Optional.of(true) : java.util.Optional.empty(), WAIT, "the removal in the audit log");
        System.out.println(story.membersTable(alice, ws));
    }

    private static JsonNode awaitRow(String token, String ws, String email,
                                     java.util.function.Predicate<JsonNode> condition) {
        return Story.await(() -> story.member(token, ws, email).filter(condition), WAIT, email + " to change");
    }

    private static JsonHttp.RawResponse send(String method, String url, String token, Object body) throws Exception {
        return http.raw(method, url, Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json",
                "Accept", "application/json"), body == null ? null : JSON.writeValueAsString(body));
    }

    private static String membership(String path) {
        return system.membershipUrl() + path;
    }

    private static String invitation(String path) {
        return system.invitationUrl() + path;
    }
}
