package io.membership.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ratios to Keycloak's organization invites, from the result the peer script writes
 * ({@code bash ../shared/peers/keycloak/run.sh} from the project root writes {@code keycloak-invites.json}); run it
 * in the same sitting, since absolute figures move between runs.
 */
final class KeycloakPeer {

    private KeycloakPeer() {
    }

    static void compare(Results results, Path resultFile) {
        if (!Files.isRegularFile(resultFile)) {
            results.add("peer", "Keycloak result", Double.NaN, "", 0,
                    "no " + resultFile + ": run bash ../shared/peers/keycloak/run.sh first");
            return;
        }
        JsonNode peer;
        try {
            peer = new ObjectMapper().readTree(resultFile.toFile());
        } catch (IOException e) {
            results.add("peer", "Keycloak result", Double.NaN, "", 1, "unreadable " + resultFile + ": " + e);
            return;
        }
        JsonNode best = peer.path("levels").path("c4");
        double rate = best.path("invites_per_s_email_delivered").asDouble(Double.NaN);
        double rss = best.path("keycloak_max_rss_mib_sampled").asDouble(Double.NaN);
        String when = peer.path("timestamp_utc").asText();
        results.context("keycloak", when + ", " + peer.path("environment").path("keycloak_version").asText());
        results.add("peer", "Keycloak invites/s (4 clients, email delivered)", rate, "invites/s", 0, when);
        results.add("peer", "Keycloak peak RSS", rss, "MiB", 0, when);
        double saga = results.value(results.rows().stream().filter(r -> r.metric().endsWith(": sustained rate"))
                .map(Results.Row::metric).findFirst().orElse(""));
        results.add("ratio", "saga invites/s ÷ Keycloak invites/s (target ≥ 3)", saga / rate, "x");
        results.rows().stream()
                .filter(r -> r.metric().equals(Target.STACK + " peak RSS"))
                .findFirst()
                .ifPresent(stack -> results.add("ratio", "whole embedded stack RSS ÷ Keycloak RSS (target < 1)",
                        stack.value() / rss, "x"));
    }
}
