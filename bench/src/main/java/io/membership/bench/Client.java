package io.membership.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.membership.launcher.JsonHttp;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The REST calls the harness makes, as a client app would; every status is checked by the caller. */
final class Client {

    record Account(String email, String token, UUID accountId) {
    }

    final JsonHttp http = new JsonHttp();
    private final Target target;
    final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final java.util.concurrent.atomic.AtomicInteger owners = new java.util.concurrent.atomic.AtomicInteger();

    Client(Target target) {
        this.target = target;
    }

    Account owner(String name) {
        String email = "bench-" + name + "-" + owners.incrementAndGet() + "-" + runId + "@example.com";
        String password = "bench password " + runId;
        JsonHttp.Response registered = http.post(target.membershipUrl + "/accounts", null,
                Map.of("email", email, "password", password, "locale", "en"));
        require(registered, 202, "register " + email);
        JsonHttp.Response login = http.post(target.membershipUrl + "/auth/token", null,
                Map.of("email", email, "password", password));
        require(login, 200, "log in " + email);
        String token = login.text("accessToken");
        return new Account(email, token, UUID.fromString(subject(token)));
    }

    JsonHttp.Response createWorkspace(Account owner, String name, int seats) {
        return http.post(target.membershipUrl + "/workspaces", owner.token(),
                Map.of("name", name, "seats", Map.of("workspace", seats, "conversations", 1)));
    }

    String workspace(Account owner, String name, int seats) {
        JsonHttp.Response response = createWorkspace(owner, name, seats);
        require(response, 201, "create workspace " + name);
        return response.text("workspaceId");
    }

    JsonHttp.Response invite(Account owner, String workspaceId, String email) {
        return http.post(target.invitationUrl + "/workspaces/" + workspaceId + "/invitations", owner.token(),
                Map.of("email", email, "roles", List.of("MEMBER"), "locale", "en"));
    }

    JsonHttp.Response members(Account owner, String workspaceId, String query) {
        return http.get(target.queryUrl + "/workspaces/" + workspaceId + "/members" + query, owner.token());
    }

    JsonHttp.Response audit(Account owner, String workspaceId, String before) {
        return http.get(target.queryUrl + "/workspaces/" + workspaceId + "/audit?limit=200"
                + (before == null ? "" : "&before=" + java.net.URLEncoder.encode(before, StandardCharsets.UTF_8)),
                owner.token());
    }

    /** Waits (bounded) until the read model lets the owner see the workspace: it is eventually consistent. */
    void awaitVisible(Account owner, String workspaceId) {
        Deadline deadline = Deadline.in(java.time.Duration.ofMinutes(2));
        while (members(owner, workspaceId, "?size=1").status() != 200) {
            if (deadline.passed()) {
                throw new IllegalStateException("workspace " + workspaceId + " never showed on the members page");
            }
            Deadline.pause(50);
        }
    }

    static void require(JsonHttp.Response response, int status, String what) {
        if (response.status() != status) {
            throw new IllegalStateException(what + ": expected HTTP " + status + ", got " + response.status() + " "
                    + response.body());
        }
    }

    private static String subject(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        try {
            JsonNode claims = Samples.JSON.readTree(payload);
            return claims.path("sub").asText();
        } catch (Exception e) {
            throw new IllegalStateException("unreadable access token", e);
        }
    }
}
