package io.membership.membershipservice.workspace.invitations;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "Import and invite now": asks invitation-service to invite the imported members by id
 * ({@code POST /workspaces/{ws}/invitations {memberIds}}, 100 ids per call) with the caller's own access token, so
 * invitation-service and then the Workspace aggregate check the caller's rights as for any invite. The import is
 * already stored when this runs; a failure here is reported, never undone.
 */
public class ImportInvitations {

    public static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(ImportInvitations.class);

    public record Outcome(int requested, int invited, List<JsonNode> results, String problem) {
    }

    private final RestClient client;

    public ImportInvitations(RestClient client) {
        this.client = client;
    }

    public Outcome invite(UUID workspaceId, List<UUID> memberIds, String bearerToken) {
        List<JsonNode> results = new ArrayList<>();
        int invited = 0;
        for (int from = 0; from < memberIds.size(); from += BATCH) {
            List<UUID> batch = memberIds.subList(from, Math.min(memberIds.size(), from + BATCH));
            try {
                JsonNode answer = client.post().uri("/workspaces/{ws}/invitations", workspaceId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .headers(h -> h.setBearerAuth(bearerToken))
                        .body(Map.of("memberIds", batch))
                        .retrieve()
                        .body(JsonNode.class);
                invited += answer == null ? 0 : answer.path("invited").asInt();
                if (answer != null) {
                    answer.path("results").forEach(results::add);
                }
            } catch (RestClientException e) {
                log.warn("inviting imported members of workspace {} failed: {}", workspaceId, e.getClass().getSimpleName());
                return new Outcome(memberIds.size(), invited, results,
                        "the members were imported, but inviting them failed; invite them from the members page");
            }
        }
        return new Outcome(memberIds.size(), invited, results, null);
    }
}
