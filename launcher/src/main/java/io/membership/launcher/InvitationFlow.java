package io.membership.launcher;

import io.membership.infra.Inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Invitations sent the way a client would while processes die: each is retried until the API accepts it (a refused
 * connection or a 5xx is retried; any 2xx counts), then the inbox is read from outside. An invitation the API accepted
 * but nobody emailed is lost; an address that got more than one invitation email is duplicated.
 */
public final class InvitationFlow {

    private static final Duration RETRY_FOR = Duration.ofMinutes(3);
    private static final Duration HOLD = Duration.ofSeconds(3);
    private static final Duration POLL = Duration.ofMillis(500);

    private final JsonHttp http = new JsonHttp();
    private final String invitationUrl;
    private final String token;
    private final String workspaceId;
    private final List<String> accepted = new ArrayList<>();

    public InvitationFlow(String invitationUrl, String token, String workspaceId) {
        this.invitationUrl = invitationUrl;
        this.token = token;
        this.workspaceId = workspaceId;
    }

    /** Invites a new address, retrying until the API answers 2xx; returns the address. */
    public String invite(String name) {
        String email = Story.uniqueEmail(name);
        Story.await(() -> {
            JsonHttp.RawResponse response;
            try {
                response = http.raw("POST", invitationUrl + "/workspaces/" + workspaceId + "/invitations",
                        Map.of("Content-Type", "application/json", "Authorization", "Bearer " + token),
                        "{\"email\":\"" + email + "\",\"locale\":\"en\"}");
            } catch (IllegalStateException unreachable) {
                return Optional.empty();
            }
            if (response.status() >= 500) {
                return Optional.empty();
            }
            if (response.status() >= 300) {
                throw new IllegalStateException("invite of " + email + " refused: " + response.status() + " "
                        + response.body());
            }
            return Optional.of(true);
        }, RETRY_FOR, "the API to accept the invitation of " + email);
        accepted.add(email);
        return email;
    }

    public List<String> accepted() {
        return List.copyOf(accepted);
    }

    /** Waits until every accepted invitation was emailed, or until {@code within} passed, then counts. */
    public Count countAfter(Inbox inbox, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline) && !allEmailedOnce(inbox)) {
            pause();
        }
        // a redelivered event would send its email again a moment later: the count must hold for a while
        Instant holdUntil = Instant.now().plus(HOLD);
        while (Instant.now().isBefore(holdUntil) && allEmailedOnce(inbox)) {
            pause();
        }
        Map<String, Integer> emails = new LinkedHashMap<>();
        for (String email : accepted) {
            emails.put(email, messages(inbox, email));
        }
        List<String> lost = emails.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
        List<String> duplicated = emails.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .toList();
        return new Count(accepted.size(), lost, duplicated);
    }

    private boolean allEmailedOnce(Inbox inbox) {
        return accepted.stream().allMatch(email -> messages(inbox, email) == 1);
    }

    private static int messages(Inbox inbox, String email) {
        try {
            return inbox.messagesFor(email).size();
        } catch (RuntimeException unreachable) {
            return 0; // the mail server is restarting
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Count(int accepted, List<String> lost, List<String> duplicated) {
    }
}
