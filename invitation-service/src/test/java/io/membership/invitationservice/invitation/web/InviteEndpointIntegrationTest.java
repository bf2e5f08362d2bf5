package io.membership.invitationservice.invitation.web;

import io.membership.contract.EventEnvelope;
import io.membership.contract.Role;
import io.membership.contract.invitation.InvitationRequested;
import io.membership.invitationservice.support.Http;
import io.membership.invitationservice.support.InvitationServiceTestBase;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class InviteEndpointIntegrationTest extends InvitationServiceTestBase {

    @Autowired
    private Cache invitationCache;

    @Test
    void aSentInvitationStaysLoadedForTheSagasNextCommand() {
        SentInvitation sent = sentInvitation(newWorkspace("en"), uniqueEmail("cached"));

        assertThat(invitationCache.containsKey(sent.invitationId().toString())).isTrue();
    }

    @Test
    void theOwnerInvitesAndTheRequestIsPublished() {
        Workspace workspace = newWorkspace("en");
        String email = uniqueEmail("Ada").toUpperCase();

        Http.Response response = invite(workspace, Map.of("email", email, "roles", List.of("ADMIN"), "locale", "fr"),
                workspace.ownerToken());

        assertThat(response.status()).as(response.raw()).isEqualTo(202);
        assertThat(response.json().path("status").asText()).isEqualTo("REQUESTED");
        UUID invitationId = UUID.fromString(response.json().path("invitationId").asText());
        EventEnvelope<InvitationRequested> requested =
                awaitEvent(InvitationRequested.class, e -> e.invitationId().equals(invitationId));
        assertThat(requested.data()).isEqualTo(new InvitationRequested(invitationId, workspace.id(),
                email.toLowerCase(), Set.of(Role.ADMIN), "fr", workspace.ownerId()));
        assertThat(requested.actor()).isEqualTo(workspace.ownerId().toString());
        assertThat(requested.workspaceId()).isEqualTo(workspace.id().toString());
    }

    @Test
    void waitsForTheDirectoryToLearnAboutAWorkspaceCreatedAMomentAgo() {
        Workspace workspace = newWorkspace("en");

        assertThat(invite(workspace, Map.of("email", uniqueEmail("fast")), workspace.ownerToken()).status())
                .isEqualTo(202);
    }

    @Test
    void anAdminMayInvite() {
        Workspace workspace = newWorkspace("en");
        String adminToken = joined(workspace, Set.of(Role.ADMIN));

        assertThat(invite(workspace, Map.of("email", uniqueEmail("bob")), adminToken).status()).isEqualTo(202);
    }

    @Test
    void aPlainMemberMayNotInvite() {
        Workspace workspace = newWorkspace("en");
        String memberToken = joined(workspace, Set.of(Role.MEMBER, Role.AUDITOR));

        Http.Response response = invite(workspace, Map.of("email", uniqueEmail("eve")), memberToken);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().path("code").asText()).isEqualTo("forbidden");
    }

    @Test
    void anAccountOutsideTheWorkspaceGetsNotFound() {
        Workspace workspace = newWorkspace("en");
        String stranger = identity.token(UUID.randomUUID(), uniqueEmail("stranger"));

        Http.Response response = invite(workspace, Map.of("email", uniqueEmail("eve")), stranger);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void anUnknownWorkspaceIsNotFound() {
        Workspace unknown = new Workspace(UUID.randomUUID(), "none", UUID.randomUUID(), "x@example.com", null);

        assertThat(invite(unknown, Map.of("email", uniqueEmail("eve")),
                identity.token(unknown.ownerId(), unknown.ownerEmail())).status()).isEqualTo(404);
    }

    @Test
    void refusesBadInputAndRequestsNothing() {
        Workspace workspace = newWorkspace("en");

        assertRefused(invite(workspace, Map.of("email", "not an email"), workspace.ownerToken()), "invalid-email");
        assertRefused(invite(workspace, Map.of("email", "a".repeat(250) + "@example.com"), workspace.ownerToken()),
                "invalid-email");
        assertRefused(invite(workspace, Map.of("email", uniqueEmail("x"), "roles", List.of("OWNER")),
                workspace.ownerToken()), "owner-not-invitable");
        assertRefused(invite(workspace, Map.of("email", uniqueEmail("x"), "roles", List.of("KING")),
                workspace.ownerToken()), "invalid-role");
        assertRefused(invite(workspace, Map.of("email", uniqueEmail("x"), "locale", "es"), workspace.ownerToken()),
                "invalid-locale");
        assertThat(http.post("/workspaces/" + workspace.id() + "/invitations", "{not json",
                workspace.ownerToken()).status()).isEqualTo(400);

        UUID accepted = invited(workspace, uniqueEmail("ok"), null);
        awaitEvent(InvitationRequested.class, e -> e.invitationId().equals(accepted));
        assertThat(recorded(InvitationRequested.class, e -> e.workspaceId().equals(workspace.id()))).hasSize(1);
    }

    @Test
    void requiresABearerToken() {
        Workspace workspace = newWorkspace("en");

        assertThat(invite(workspace, Map.of("email", uniqueEmail("x")), null).status()).isEqualTo(401);
    }

    @Test
    void exposesHealthAndInvitationCounters() {
        Workspace workspace = newWorkspace("en");
        invited(workspace, uniqueEmail("counted"), null);

        assertThat(http.get("/actuator/health", null).json().path("status").asText()).isEqualTo("UP");
        assertThat(http.get("/actuator/prometheus", null).raw()).contains("invitations_requested_total");
    }

    private static void assertRefused(Http.Response response, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.json().path("code").asText()).isEqualTo(code);
    }
}
