package io.membership.launcher;

import io.membership.infra.Inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.awaitility.Awaitility.await;

/**
 * Invitations sent the way a client would while processes die: each is retried until the API accepts it (a refused
 * connection or a 5xx is retried; any 2xx counts), then the inbox is read from outside. An invitation the API accepted
 * but nobody emailed is lost; an address that got more than one invitation email is duplicated.
 */
final class InvitationFlow {

    private static final Duration RETRY_FOR = Duration.ofMinutes(3);

    private final JsonHttp http = new JsonHttp();
    private final String invitationUrl;
    private final String token;
    private final String workspaceId;
    private final List<String> accepted = new ArrayList<>();

    InvitationFlow(String invitationUrl, String token, String workspaceId) {
        this.invitationUrl = invitationUrl;
        this.token = token;
        this.workspaceId = workspaceId;
    }

    /** Invites a new address, retrying until the API answers 2xx; returns the address. */
    String invite(String name) {
        String email = Story.uniqueEmail(name);
        Story.await(() -> {
            try {
                JsonHttp.RawResponse response = http.raw("POST", invitationUrl + "/workspaces/" + workspaceId
                        + "/invitations", Map.of("Content-Type", "application/json", "Authorization", "Bearer " + token),
                        "{\"email\":\"" + email + "\",\"locale\":\"en\"}");
                if (response.status() >= 200 && response.status() < 300) {
                    return Optional.of(true);
                }
                if (response.status() < 500) {
                    throw new IllegalStateException("invite of " + email + " refused: " + response.status() + " "
                            + response.body());
                }
                return Optional.empty();
            } catch (IllegalStateException unreachable) {
                if (unreachable.getMessage() != null && unreachable.getMessage().startsWith("invite of")) {
                    throw unreachable;
                }
                return Optional.empty();
            }
        }, RETRY_FOR, "the API to accept the invitation of " + email);
        accepted.add(email);
        return email;
    }

    List<String> accepted() {
        return List.copyOf(accepted);
    }

    /** Waits until every accepted invitation was emailed, or until {@code within} passed. */
    Count countAfter(Inbox inbox, Duration within) {
        try {
            await().atMost(within).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> accepted.stream().allMatch(email -> !inbox.messagesFor(email).isEmpty()));
            // a redelivered event would send its email again a moment later: the count must hold for a while
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(15)).ignoreExceptions()
                    .until(() -> accepted.stream().allMatch(email -> inbox.messagesFor(email).size() == 1));
        } catch (org.awaitility.core.ConditionTimeoutException lostOrDuplicated) {
            // counted below
        }
        Map<String, Integer> emails = new LinkedHashMap<>();
        for (String email : accepted) {
            emails.put(email, inbox.messagesFor(email).size());
        }
        List<String> lost = emails.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
        List<String> duplicated = emails.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .toList();
        return new Count(accepted.size(), lost, duplicated);
    }

    record Count(int accepted, List<String> lost, List<String> duplicated) {
    }
}
