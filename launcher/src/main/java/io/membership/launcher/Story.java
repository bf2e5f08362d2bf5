package io.membership.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import io.membership.infra.Inbox;
import io.membership.infra.ReceivedMail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backbone story, step by step over REST and the mail inbox: register, log in, create a workspace, invite,
 * read the email, preview, accept, and read the members page. Used by the demo and the full-system test.
 */
public final class Story {

    private static final Pattern LINK = Pattern.compile("/invitations/([0-9a-f-]{36})\\?token=([A-Za-z0-9_-]+)");

    public record Link(String invitationId, String token) {
    }

    private final JsonHttp http = new JsonHttp();
    private final String membership;
    private final String invitation;
    private final String query;
    private final Inbox inbox;
    private final Consumer<String> out;

    public Story(String membership, String invitation, String query, Inbox inbox, Consumer<String> out) {
        this.membership = membership;
        this.invitation = invitation;
        this.query = query;
        this.inbox = inbox;
        this.out = out;
    }

    public JsonHttp.Response register(String email, String password) {
        JsonHttp.Response response = http.post(membership + "/accounts", null,
                Map.of("email", email, "password", password, "locale", "en"));
        out.accept("POST /accounts " + email + " -> " + response.status());
        return response;
    }

    public String logIn(String email, String password) {
        JsonHttp.Response response = http.post(membership + "/auth/token", null,
                Map.of("email", email, "password", password));
        out.accept("POST /auth/token " + email + " -> " + response.status());
        require(response, 200);
        return response.text("accessToken");
    }

    public String createWorkspace(String token, String name, int seats) {
        JsonHttp.Response response = http.post(membership + "/workspaces", token,
                Map.of("name", name, "seats", Map.of("workspace", seats, "conversations", 1)));
        out.accept("POST /workspaces \"" + name + "\" with " + seats + " workspace seats -> " + response.status()
                + " " + response.body());
        require(response, 201);
        return response.text("workspaceId");
    }

    public String invite(String token, String workspaceId, String email, String locale) {
        JsonHttp.Response response = http.post(invitation + "/workspaces/" + workspaceId + "/invitations", token,
                Map.of("email", email, "roles", List.of("MEMBER"), "locale", locale));
        out.accept("POST /workspaces/{ws}/invitations " + email + " -> " + response.status() + " " + response.body());
        require(response, 202);
        return response.text("invitationId");
    }

    public ReceivedMail awaitEmail(String email, Duration timeout) {
        ReceivedMail mail = await(() -> inbox.messagesFor(email).stream().reduce((a, b) -> b), timeout,
                "an email to " + email);
        out.accept("email to " + email + ": \"" + mail.subject() + "\"\n" + indent(mail.textBody()));
        return mail;
    }

    public Link linkIn(ReceivedMail mail) {
        String text = mail.textBody() != null ? mail.textBody() : mail.htmlBody();
        Matcher matcher = LINK.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no invitation link in the email");
        }
        return new Link(matcher.group(1), matcher.group(2));
    }

    public JsonHttp.Response preview(Link link) {
        JsonHttp.Response response = http.get(invitation + "/invitations/" + link.invitationId() + "?token="
                + link.token(), null);
        out.accept("GET /invitations/{id}?token=… -> " + response.status() + " " + response.body());
        return response;
    }

    public JsonHttp.Response acceptWithNewPassword(Link link, String password) {
        JsonHttp.Response response = http.post(invitation + "/invitations/" + link.invitationId() + "/accept", null,
                Map.of("token", link.token(), "password", password));
        out.accept("POST /invitations/{id}/accept (new password) -> " + response.status() + " " + response.body());
        return response;
    }

    public JsonHttp.Response members(String token, String workspaceId) {
        return http.get(query + "/workspaces/" + workspaceId + "/members?size=50", token);
    }

    public JsonHttp.Response seats(String token, String workspaceId) {
        return http.get(query + "/workspaces/" + workspaceId + "/seats", token);
    }

    public JsonHttp.Response audit(String token, String workspaceId) {
        return http.get(query + "/workspaces/" + workspaceId + "/audit?limit=100", token);
    }

    /** Polls the members page until {@code email} shows {@code guidance}: the read side is eventually consistent. */
    public JsonNode awaitMember(String token, String workspaceId, String email, String guidance, Duration timeout) {
        return await(() -> member(token, workspaceId, email).filter(m -> guidance.equals(m.path("guidance").asText())),
                timeout, email + " with guidance " + guidance);
    }

    public Optional<JsonNode> member(String token, String workspaceId, String email) {
        JsonHttp.Response page = members(token, workspaceId);
        if (page.status() != 200) {
            return Optional.empty();
        }
        for (JsonNode item : page.body().path("items")) {
            if (email.equalsIgnoreCase(item.path("email").asText())) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    public String membersTable(String token, String workspaceId) {
        String row = "%-28s %-16s %-10s %-14s %-26s %-12s %s%n";
        StringBuilder table = new StringBuilder(String.format(row, "email", "state", "guidance", "confirmation",
                "expires", "roles", "reason"));
        for (JsonNode m : members(token, workspaceId).body().path("items")) {
            table.append(String.format(row, m.path("email").asText(), m.path("state").asText(),
                    m.path("guidance").asText(), m.path("confirmation").asText(), m.path("expiresAt").asText(""),
                    m.path("roles"), m.path("reason").asText("")));
        }
        return table.toString();
    }

    public static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static void require(JsonHttp.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("expected HTTP " + status + " but got " + response.status() + ": "
                    + response.body());
        }
    }

    static <T> T await(Supplier<Optional<T>> probe, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String indent(String text) {
        return text == null ? "" : "    " + text.strip().replace("\n", "\n    ");
    }
}
