package io.membership.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.membership.infra.Inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One well-formed request of every endpoint family of the four services, as an owner would send them, each with the
 * answer it must get. Run on both shapes of the system (one JVM, and one JVM per service), it shows that a shared
 * class path breaks nothing: a {@code NoSuchMethodError} there surfaces as a 500 here (issue 22).
 */
final class EndpointSweep {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Where each API is reached: the services' own ports, or the gateway for all of them.
     *
     * @param notificationOperators the base of notification-service's operator API
     * @param queryOperators        the base of query-service's operator API
     * @param actuators the bases whose health and metrics are checked
     */
    record Origins(String membership, String invitation, String query, String notificationOperators,
                   String queryOperators, List<String> actuators) {

        static Origins direct(Services services) {
            return new Origins(services.membershipUrl(), services.invitationUrl(), services.queryUrl(),
                    services.notificationUrl(), services.queryUrl(), List.of(services.membershipUrl(),
                    services.invitationUrl(), services.notificationUrl(), services.queryUrl()));
        }

        static Origins gateway(Services services) {
            String gateway = services.gatewayUrl();
            return new Origins(gateway, gateway, gateway, gateway + "/ops/notification", gateway + "/ops/query",
                    List.of(gateway));
        }
    }

    private final JsonHttp http = new JsonHttp();
    private final Origins origins;
    private final Story story;
    private final List<String> mismatches = new ArrayList<>();

    EndpointSweep(Origins origins, Inbox inbox) {
        this.origins = origins;
        this.story = new Story(origins.membership(), origins.invitation(), origins.query(), inbox, line -> { });
    }

    /** Every request whose answer differs from the expected status, with the answer's body. */
    List<String> run() {
        String m = origins.membership();
        String i = origins.invitation();
        String q = origins.query();
        expect("GET", m + "/.well-known/jwks.json", null, null, null, 200);
        String ownerEmail = Story.uniqueEmail("sweep-owner");
        story.register(ownerEmail, "sweep owner password");
        String owner = story.logIn(ownerEmail, "sweep owner password");
        String ws = story.createWorkspace(owner, "Sweep", 10);
        String w = "/workspaces/" + ws;

        String added = read(expect("POST", m + w + "/members", owner, "application/json",
                "{\"email\":\"" + Story.uniqueEmail("sweep-added") + "\"}", 201)).path("memberId").asText();
        JsonNode imported = read(expect("POST", m + w + "/members/import", owner, "text/csv",
                "email,roles,tags\n" + Story.uniqueEmail("sweep-csv-a") + ",MEMBER,imported\n"
                        + Story.uniqueEmail("sweep-csv-b") + ",MEMBER;ADMIN,imported;csv\n", 200));
        List<String> importedIds = new ArrayList<>();
        imported.path("members").forEach(row -> importedIds.add(row.path("memberId").asText()));
        if (importedIds.size() != 2) {
            return List.copyOf(mismatches);
        }
        expect("PUT", m + w + "/members/" + added + "/tags", owner, "application/json", "{\"tags\":[\"sweep\"]}", 200);
        expect("PUT", m + w + "/members/" + added + "/roles", owner, "application/json",
                "{\"roles\":[\"MEMBER\",\"AUDITOR\"]}", 200);
        expect("PUT", m + w + "/seats/conversations", owner, "application/json", "{\"capacity\":3}", 200);
        expect("PUT", m + "/me/current-workspace", owner, "application/json",
                "{\"workspaceId\":\"" + ws + "\"}", 200);

        String bobEmail = Story.uniqueEmail("sweep-bob");
        story.invite(owner, ws, bobEmail, "de");
        Story.Link link = story.linkIn(story.awaitEmail(bobEmail, WAIT));
        expect("GET", i + "/invitations/" + link.invitationId() + "?token=" + link.token(), null, null, null, 200);
        if (expect("POST", i + "/invitations/" + link.invitationId() + "/accept", null, "application/json",
                "{\"token\":\"" + link.token() + "\",\"password\":\"bob's long password\"}", 200).status() != 200) {
            return List.copyOf(mismatches);
        }
        String bobMember = story.awaitMember(owner, ws, bobEmail, "OK", WAIT).path("memberId").asText();
        String bob = story.logIn(bobEmail, "bob's long password");

        bulkInvite(i + w + "/invitations", owner, added, importedIds.get(0));
        story.awaitMember(owner, ws, emailOf(owner, ws, importedIds.get(0)), "Wait", WAIT);
        expect("GET", i + w + "/invitations?status=pending", owner, null, null, 200);
        String sent = Story.await(() -> sentInvitationOf(i + w, owner, added), WAIT, "the bulk invitation's email");
        expect("POST", i + "/invitations/" + sent + "/resend", owner, "application/json", "{}", 200);
        expect("POST", i + "/invitations/" + sent + "/cancel", owner, "application/json", "{}", 200);

        expect("GET", q + w + "/members?size=20&search=sweep", owner, null, null, 200);
        expect("GET", q + w + "/members/export", owner, null, null, 200);
        expect("GET", q + w + "/members/actions?memberId=" + added, owner, null, null, 200);
        expect("GET", q + w + "/seats", owner, null, null, 200);
        expect("GET", q + "/me/workspaces", bob, null, null, 200);
        expect("GET", q + w + "/audit?limit=50", owner, null, null, 200);
        expect("GET", q + w + "/audit/export?format=csv", owner, null, null, 200);
        expect("GET", q + w + "/audit/export?format=ndjson", owner, null, null, 200);
        expect("GET", q + w + "/events", owner, null, null, 200);
        String bobAccount = subjectOf(bob);
        expect("GET", q + w + "/access/check?account=" + bobAccount + "&permission=contacts.search-by-email", owner,
                null, null, 200);
        expect("POST", q + w + "/access/check", owner, "application/json", "{\"account\":\"" + bobAccount
                + "\",\"permissions\":[\"conversations.read\",\"conversations.act\"]}", 200);

        expect("PUT", m + w + "/members/" + bobMember + "/seats/conversations", owner, "application/json",
                "{\"level\":\"AGENT\"}", 200);
        expect("POST", m + w + "/members/" + importedIds.get(0) + "/revoke", owner, "application/json", "{}", 200);
        expect("DELETE", m + w + "/members/" + importedIds.get(1), owner, null, null, 200);
        expect("PUT", m + w + "/members/" + bobMember + "/roles", owner, "application/json",
                "{\"roles\":[\"ADMIN\"]}", 200);
        expect("POST", m + w + "/ownership", owner, "application/json", "{\"memberId\":\"" + bobMember + "\"}", 200);

        for (String base : origins.actuators()) {
            expect("GET", base + "/actuator/health", null, null, null, 200);
            expect("GET", base + "/actuator/prometheus", null, null, null, 200);
        }
        // operators are named at start; an owner is not one, and the refusal must be a clean 403
        expect("GET", origins.notificationOperators() + "/dead-letters", owner, null, null, 403);
        expect("GET", origins.notificationOperators() + "/admin/sending", owner, null, null, 403);
        expect("GET", origins.queryOperators() + "/admin/rebuild", owner, null, null, 403);
        return List.copyOf(mismatches);
    }

    /** Invites listed members; invitation-service may not know them yet, so it asks until both are invited. */
    private void bulkInvite(String url, String token, String first, String second) {
        Story.await(() -> {
            JsonHttp.RawResponse response = send("POST", url, token, "application/json",
                    "{\"memberIds\":[\"" + first + "\",\"" + second + "\"],\"locale\":\"fr\"}");
            if (response.status() != 202) {
                mismatches.add("POST " + path(url) + ": expected 202 but got " + response.status() + " "
                        + response.body());
                return Optional.of(true);
            }
            boolean unknownYet = false;
            for (JsonNode result : read(response).path("results")) {
                unknownYet |= "not-found".equals(result.path("code").asText());
            }
            return unknownYet ? Optional.empty() : Optional.of(true);
        }, WAIT, "a bulk invitation of " + first + " and " + second);
    }

    private Optional<String> sentInvitationOf(String workspaceUrl, String token, String memberId) {
        for (JsonNode invitation : read(send("GET", workspaceUrl + "/invitations?status=pending", token, null, null))
                .path("invitations")) {
            if (memberId.equals(invitation.path("memberId").asText())
                    && "SENT".equals(invitation.path("status").asText())) {
                return Optional.of(invitation.path("invitationId").asText());
            }
        }
        return Optional.empty();
    }

    private String emailOf(String token, String ws, String memberId) {
        for (JsonNode row : story.members(token, ws).body().path("items")) {
            if (memberId.equals(row.path("memberId").asText())) {
                return row.path("email").asText();
            }
        }
        throw new IllegalStateException("member " + memberId + " is not on the members page");
    }

    private JsonHttp.RawResponse expect(String method, String url, String token, String contentType, String body,
                                        int status) {
        JsonHttp.RawResponse response = send(method, url, token, contentType, body);
        if (response.status() != status) {
            mismatches.add(method + " " + path(url) + ": expected " + status + " but got " + response.status() + " "
                    + response.body());
        }
        return response;
    }

    private JsonHttp.RawResponse send(String method, String url, String token, String contentType, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return http.raw(method, url, headers, body);
    }

    private static String subjectOf(String jwt) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1])).path("sub").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(JsonHttp.RawResponse response) {
        try {
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String path(String url) {
        return url.replaceAll("https?://[^/]+", "");
    }
}
