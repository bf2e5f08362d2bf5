package io.membership.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN section 3 as one table: every endpoint × every kind of caller (OWNER, ADMIN, MEMBER, AUDITOR, a member of
 * another workspace, anonymous) with the answer expected from the running services. Rows are chosen so that an
 * allowed call can be repeated (idempotent writes, reads) or only adds something new.
 */
@Order(3)
class AuthorizationMatrixIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonHttp http = new JsonHttp();
    private static final List<String> CALLERS = List.of("OWNER", "ADMIN", "MEMBER", "AUDITOR", "OUTSIDER", "ANONYMOUS");
    private static final Map<String, String> tokens = new LinkedHashMap<>();
    private static RunningSystem system;
    private static String ws;
    private static String subjectId;

    private record Row(String method, String url, String body, int owner, int admin, int member, int auditor,
                       int outsider, int anonymous) {
        int expectedFor(String caller) {
            return switch (caller) {
                case "OWNER" -> owner;
                case "ADMIN" -> admin;
                case "MEMBER" -> member;
                case "AUDITOR" -> auditor;
                case "OUTSIDER" -> outsider;
                default -> anonymous;
            };
        }
    }

    @BeforeAll
    static void setUp() throws Exception {
        system = SharedSystem.get();
        Story story = SharedSystem.story();
        String ownerEmail = Story.uniqueEmail("matrix-owner");
        story.register(ownerEmail, "owner password 1");
        String owner = story.logIn(ownerEmail, "owner password 1");
        ws = story.createWorkspace(owner, "Matrix", 20);
        tokens.put("OWNER", owner);
        for (String role : List.of("ADMIN", "MEMBER", "AUDITOR")) {
            String email = Story.uniqueEmail("matrix-" + role.toLowerCase());
            story.invite(owner, ws, email, "en");
            story.acceptWithNewPassword(story.linkIn(story.awaitEmail(email, WAIT)), "a good password 1");
            String memberId = story.awaitMember(owner, ws, email, "OK", WAIT).path("memberId").asText();
            if (!role.equals("MEMBER")) {
                int status = http.raw("PUT", system.membershipUrl() + "/workspaces/" + ws + "/members/" + memberId
                        + "/roles", headers(owner), "{\"roles\":[\"" + role + "\"]}").status();
                assertThat(status).isEqualTo(200);
                Story.await(() -> story.member(owner, ws, email)
                        .filter(row -> row.path("roles").toString().contains(role)), WAIT, email + " as " + role);
            }
            tokens.put(role, story.logIn(email, "a good password 1"));
        }
        // invitation-service checks rights at its edge from its own view of the membership topic: let it catch up
        Story.await(() -> http.raw("GET", system.invitationUrl() + "/workspaces/" + ws + "/invitations?status=pending",
                headers(tokens.get("ADMIN")), null).status() == 200 ? java.util.Optional.of(true)
                : java.util.Optional.empty(), WAIT, "invitation-service to know the admin");
        String outsiderEmail = Story.uniqueEmail("matrix-outsider");
        story.register(outsiderEmail, "outsider password 1");
        tokens.put("OUTSIDER", story.logIn(outsiderEmail, "outsider password 1"));
        JsonHttp.RawResponse added = http.raw("POST", system.membershipUrl() + "/workspaces/" + ws + "/members",
                headers(owner), "{\"email\":\"" + Story.uniqueEmail("matrix-subject") + "\"}");
        subjectId = JSON.readTree(added.body()).path("memberId").asText();
    }

    @Test
    void everyCallerGetsTheAnswerTheDesignPromises() {
        String m = system.membershipUrl();
        String i = system.invitationUrl();
        String q = system.queryUrl();
        String subject = m + "/workspaces/" + ws + "/members/" + subjectId;
        List<Row> table = List.of(
                new Row("GET", q + "/workspaces/" + ws + "/members", null, 200, 200, 403, 403, 404, 401),
                new Row("GET", q + "/workspaces/" + ws + "/members/export", null, 200, 200, 403, 403, 404, 401),
                new Row("GET", q + "/workspaces/" + ws + "/seats", null, 200, 200, 403, 403, 404, 401),
                new Row("GET", q + "/workspaces/" + ws + "/audit", null, 200, 200, 403, 200, 404, 401),
                new Row("GET", q + "/workspaces/" + ws + "/events", null, 200, 200, 403, 200, 404, 401),
                new Row("GET", q + "/me/workspaces", null, 200, 200, 200, 200, 200, 401),
                new Row("GET", i + "/workspaces/" + ws + "/invitations?status=pending", null,
                        200, 200, 403, 403, 404, 401),
                new Row("PUT", subject + "/tags", "{\"tags\":[\"matrix\"]}", 200, 200, 403, 403, 404, 401),
                new Row("PUT", subject + "/roles", "{\"roles\":[\"MEMBER\"]}", 200, 200, 403, 403, 404, 401),
                new Row("PUT", m + "/workspaces/" + ws + "/seats/conversations", "{\"capacity\":3}",
                        200, 403, 403, 403, 404, 401),
                new Row("POST", m + "/workspaces/" + ws + "/ownership", "{\"memberId\":\"" + subjectId + "\"}",
                        409, 403, 403, 403, 404, 401),
                new Row("PUT", m + "/me/current-workspace", "{\"workspaceId\":\"" + ws + "\"}",
                        200, 200, 200, 200, 404, 401));
        List<String> mismatches = new ArrayList<>();
        for (Row row : table) {
            for (String caller : CALLERS) {
                int status = http.raw(row.method(), row.url(), headers(tokens.get(caller)), row.body()).status();
                if (status != row.expectedFor(caller)) {
                    mismatches.add(row.method() + " " + row.url().replaceAll("https?://[^/]+", "") + " as " + caller
                            + ": expected " + row.expectedFor(caller) + " but got " + status);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void invitingFollowsTheSameTable() {
        for (String caller : CALLERS) {
            int expected = switch (caller) {
                case "OWNER", "ADMIN" -> 202;
                case "MEMBER", "AUDITOR" -> 403;
                case "OUTSIDER" -> 404;
                default -> 401;
            };
            JsonHttp.RawResponse response = http.raw("POST", system.invitationUrl() + "/workspaces/" + ws
                    + "/invitations", headers(tokens.get(caller)), "{\"email\":\"" + Story.uniqueEmail("matrix-new")
                    + "\"}");
            assertThat(response.status()).as(caller + ": " + response.body()).isEqualTo(expected);
        }
    }

    private static Map<String, String> headers(String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Accept", "application/json");
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return headers;
    }
}
