package io.membership.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN section 3 as one table: every endpoint × every kind of caller (OWNER, ADMIN, MEMBER, AUDITOR, a member of
 * another workspace, an ADMIN revoked before the table runs, anonymous) with the answer expected from the running
 * services. A revoked admin's token is still valid, so it must be refused by a membership check on each request: it
 * gets what an outsider gets. Rows that change something use a fresh target for every caller who may change it,
 * and one shared target for the callers who must be refused.
 */
@Order(3)
class AuthorizationMatrixIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonHttp http = new JsonHttp();
    private static final List<String> CALLERS = List.of("OWNER", "ADMIN", "MEMBER", "AUDITOR", "OUTSIDER", "REVOKED",
            "ANONYMOUS");
    private static final Map<String, String> tokens = new LinkedHashMap<>();
    private static RunningSystem system;
    private static Story story;
    private static String ws;

    private record Row(String method, String url, String contentType, String body, Supplier<String> target,
                       int owner, int admin, int member, int auditor, int outsider, int anonymous) {

        static Row of(String method, String url, String body, int owner, int admin, int member, int auditor,
                      int outsider, int anonymous) {
            return new Row(method, url, "application/json", body, () -> "", owner, admin, member, auditor, outsider,
                    anonymous);
        }

        Row on(Supplier<String> freshTarget) {
            return new Row(method, url, contentType, body, freshTarget, owner, admin, member, auditor, outsider,
                    anonymous);
        }

        Row as(String type) {
            return new Row(method, url, type, body, target, owner, admin, member, auditor, outsider, anonymous);
        }

        int expectedFor(String caller) {
            return switch (caller) {
                case "OWNER" -> owner;
                case "ADMIN" -> admin;
                case "MEMBER" -> member;
                case "AUDITOR" -> auditor;
                case "OUTSIDER", "REVOKED" -> outsider;
                default -> anonymous;
            };
        }
    }

    @BeforeAll
    static void setUp() throws Exception {
        system = SharedSystem.get();
        story = SharedSystem.story();
        String ownerEmail = Story.uniqueEmail("matrix-owner");
        story.register(ownerEmail, "owner password 1");
        String owner = story.logIn(ownerEmail, "owner password 1");
        ws = story.createWorkspace(owner, "Matrix", 60);
        tokens.put("OWNER", owner);
        for (String role : List.of("ADMIN", "MEMBER", "AUDITOR", "REVOKED")) {
            tokens.put(role, join(role.equals("REVOKED") ? "ADMIN" : role, "matrix-" + role.toLowerCase()));
        }
        // invitation-service checks rights at its edge from its own view of the membership topic: let it catch up
        awaitStatus(system.invitationUrl() + "/workspaces/" + ws + "/invitations?status=pending", "ADMIN", 200);
        awaitStatus(system.invitationUrl() + "/workspaces/" + ws + "/invitations?status=pending", "REVOKED", 200);

        String revokedId = memberIdOf(tokens.get("REVOKED"));
        assertThat(http.raw("POST", system.membershipUrl() + "/workspaces/" + ws + "/members/" + revokedId + "/revoke",
                headers(owner), "{}").status()).isEqualTo(200);
        // membership-service decides from the aggregate itself: refused at once, no waiting
        assertThat(http.raw("PUT", system.membershipUrl() + "/workspaces/" + ws + "/members/" + revokedId + "/tags",
                headers(tokens.get("REVOKED")), "{\"tags\":[\"x\"]}").status()).isEqualTo(404);
        // the other services learn it from the membership topic
        awaitStatus(system.invitationUrl() + "/workspaces/" + ws + "/invitations?status=pending", "REVOKED", 404);
        awaitStatus(system.queryUrl() + "/workspaces/" + ws + "/members", "REVOKED", 404);

        String outsiderEmail = Story.uniqueEmail("matrix-outsider");
        story.register(outsiderEmail, "outsider password 1");
        tokens.put("OUTSIDER", story.logIn(outsiderEmail, "outsider password 1"));
    }

    @Test
    void everyCallerGetsTheAnswerTheDesignPromises() throws IOException {
        String m = system.membershipUrl();
        String i = system.invitationUrl();
        String q = system.queryUrl();
        String w = "/workspaces/" + ws;
        String addedMember = addedMember();
        String activeMember = memberIdOf(tokens.get("MEMBER"));
        String member = m + w + "/members/";
        List<Row> table = List.of(
                Row.of("GET", q + w + "/members", null, 200, 200, 403, 403, 404, 401),
                Row.of("GET", q + w + "/members/export", null, 200, 200, 403, 403, 404, 401),
                Row.of("GET", q + w + "/members/actions?memberId=" + addedMember, null, 200, 200, 403, 403, 404, 401),
                Row.of("GET", q + w + "/seats", null, 200, 200, 403, 403, 404, 401),
                Row.of("GET", q + w + "/audit", null, 200, 200, 403, 200, 404, 401),
                Row.of("GET", q + w + "/audit/export?format=ndjson", null, 200, 200, 403, 200, 404, 401),
                Row.of("GET", q + w + "/events", null, 200, 200, 403, 200, 404, 401),
                Row.of("GET", q + "/me/workspaces", null, 200, 200, 200, 200, 200, 401),
                Row.of("GET", i + w + "/invitations?status=pending", null, 200, 200, 403, 403, 404, 401),
                Row.of("POST", m + w + "/members", "{\"email\":\"{email}\"}", 201, 201, 403, 403, 404, 401),
                Row.of("POST", m + w + "/members/import", "email,roles,tags\n{email},MEMBER,matrix\n",
                        200, 200, 403, 403, 404, 401).as("text/csv"),
                Row.of("PUT", member + addedMember + "/tags", "{\"tags\":[\"matrix\"]}", 200, 200, 403, 403, 404, 401),
                Row.of("PUT", member + addedMember + "/roles", "{\"roles\":[\"MEMBER\"]}", 200, 200, 403, 403, 404, 401),
                Row.of("PUT", m + w + "/seats/conversations", "{\"capacity\":3}", 200, 403, 403, 403, 404, 401),
                Row.of("PUT", member + activeMember + "/seats/conversations", "{\"level\":\"VIEWER\"}",
                        200, 200, 403, 403, 404, 401),
                Row.of("POST", member + "{target}/revoke", "{}", 200, 200, 403, 403, 404, 401)
                        .on(() -> invited().path("memberId").asText()),
                Row.of("DELETE", member + "{target}", null, 200, 200, 403, 403, 404, 401)
                        .on(AuthorizationMatrixIntegrationTest::addedMember),
                Row.of("POST", i + "/invitations/{target}/resend", "{}", 200, 200, 403, 403, 404, 401)
                        .on(() -> invited().path("invitationId").asText()),
                Row.of("POST", i + "/invitations/{target}/cancel", "{}", 200, 200, 403, 403, 404, 401)
                        .on(() -> invited().path("invitationId").asText()),
                Row.of("POST", m + w + "/ownership", "{\"memberId\":\"" + addedMember + "\"}",
                        409, 403, 403, 403, 404, 401),
                Row.of("PUT", m + "/me/current-workspace", "{\"workspaceId\":\"" + ws + "\"}",
                        200, 200, 200, 200, 404, 401));
        List<String> mismatches = new ArrayList<>();
        for (Row row : table) {
            String shared = null;
            for (String caller : CALLERS) {
                int expected = row.expectedFor(caller);
                String target;
                if (expected >= 200 && expected < 300) {
                    target = row.target().get();
                } else {
                    shared = shared == null ? row.target().get() : shared;
                    target = shared;
                }
                String url = row.url().replace("{target}", target);
                String body = row.body() == null ? null
                        : row.body().replace("{email}", Story.uniqueEmail("matrix-" + caller.toLowerCase()));
                int status = http.raw(row.method(), url, headers(tokens.get(caller), row.contentType()), body)
                        .status();
                if (status != expected) {
                    mismatches.add(row.method() + " " + url.replaceAll("https?://[^/]+", "") + " as " + caller
                            + ": expected " + expected + " but got " + status);
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
                case "OUTSIDER", "REVOKED" -> 404;
                default -> 401;
            };
            JsonHttp.RawResponse response = http.raw("POST", system.invitationUrl() + "/workspaces/" + ws
                    + "/invitations", headers(tokens.get(caller)), "{\"email\":\"" + Story.uniqueEmail("matrix-new")
                    + "\"}");
            assertThat(response.status()).as(caller + ": " + response.body()).isEqualTo(expected);
        }
    }

    private static String join(String role, String name) {
        String owner = tokens.get("OWNER");
        String email = Story.uniqueEmail(name);
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
        return story.logIn(email, "a good password 1");
    }

    private static String memberIdOf(String token) throws IOException {
        String email = JSON.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]))
                .path("email").asText();
        return story.member(tokens.get("OWNER"), ws, email).orElseThrow().path("memberId").asText();
    }

    /** A member added by hand (state ADDED). */
    private static String addedMember() {
        JsonHttp.RawResponse added = http.raw("POST", system.membershipUrl() + "/workspaces/" + ws + "/members",
                headers(tokens.get("OWNER")), "{\"email\":\"" + Story.uniqueEmail("matrix-subject") + "\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return read(added.body()).path("memberId").asText();
    }

    /** A live invitation: its email sent, the members page showing Wait. */
    private static JsonNode invited() {
        String email = Story.uniqueEmail("matrix-invitee");
        String invitationId = story.invite(tokens.get("OWNER"), ws, email, "en");
        String memberId = story.awaitMember(tokens.get("OWNER"), ws, email, "Wait", WAIT).path("memberId").asText();
        return JSON.createObjectNode().put("invitationId", invitationId).put("memberId", memberId);
    }

    private static void awaitStatus(String url, String caller, int status) {
        Story.await(() -> http.raw("GET", url, headers(tokens.get(caller)), null).status() == status
                ? Optional.of(true) : Optional.empty(), WAIT, caller + " to get " + status + " from " + url);
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> headers(String token) {
        return headers(token, "application/json");
    }

    private static Map<String, String> headers(String token, String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("Accept", "application/json");
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return headers;
    }
}
