package io.membership.invitationservice.invitation.web;

import io.membership.contract.EventEnvelope;
import io.membership.contract.Products;
import io.membership.contract.invitation.InvitationAccepted;
import io.membership.contract.membership.AccountRegistered;
import io.membership.contract.membership.SeatReserved;
import io.membership.invitationservice.support.Http;
import io.membership.invitationservice.support.InvitationServiceTestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class InvitationLinkIntegrationTest extends InvitationServiceTestBase {

    @Test
    void previewsASentInvitationForSomeoneWithoutAnAccount() {
        SentInvitation invitation = sentInvitation(newWorkspace("en"), uniqueEmail("ada"));

        Http.Response preview = preview(invitation.invitationId(), invitation.token());

        assertThat(preview.status()).as(preview.raw()).isEqualTo(200);
        assertThat(preview.json().path("invitationId").asText()).isEqualTo(invitation.invitationId().toString());
        assertThat(preview.json().path("workspaceName").asText()).isEqualTo(invitation.workspace().name());
        assertThat(preview.json().path("email").asText()).isEqualTo(invitation.email());
        assertThat(preview.json().path("status").asText()).isEqualTo("SENT");
        assertThat(preview.json().path("expiresAt").asText()).isNotBlank();
        assertThat(preview.json().path("accountExists").asBoolean()).isFalse();
        assertThat(preview.json().path("next").asText()).isEqualTo("CREATE_PASSWORD");
        assertThat(preview.json().path("roles").toString()).isEqualTo("[\"MEMBER\"]");
        assertThat(preview.json().path("locale").asText()).isEqualTo("en");
        assertThat(preview.header("Cache-Control")).contains("no-store");
    }

    @Test
    void namesTheInviterOnceItsAccountIsKnown() {
        Workspace workspace = newWorkspace("en");
        membership.publish(new AccountRegistered(workspace.ownerId(), workspace.ownerEmail(), "en"));
        SentInvitation invitation = sentInvitation(workspace, uniqueEmail("ada"));

        await().atMost(EVENTUALLY).until(() -> preview(invitation.invitationId(), invitation.token()).json()
                .path("invitedBy").asText().equals(workspace.ownerEmail()));
    }

    @Test
    void anExpiredLinkSaysItExpired() {
        SentInvitation invitation = sentInvitation(newWorkspace("en"), uniqueEmail("ada"));
        clock.advance(Duration.ofDays(8));
        try {
            Http.Response expired = preview(invitation.invitationId(), invitation.token());

            assertThat(expired.status()).isEqualTo(404);
            assertThat(expired.json().path("code").asText()).isEqualTo("invitation-not-found");
            assertThat(expired.json().path("reason").asText()).isEqualTo("expired");
            assertThat(expired.raw()).doesNotContain(invitation.token());
        } finally {
            clock.advance(Duration.ofDays(-8));
        }
    }

    @Test
    void asksAnExistingAccountToLogIn() {
        String email = uniqueEmail("ada");
        SentInvitation invitation = sentInvitation(newWorkspace("en"), email);

        membership.publish(new AccountRegistered(UUID.randomUUID(), email, "en"));

        await().atMost(EVENTUALLY).until(() ->
                preview(invitation.invitationId(), invitation.token()).json().path("next").asText().equals("LOG_IN"));
        assertThat(preview(invitation.invitationId(), invitation.token()).json().path("accountExists").asBoolean())
                .isTrue();
    }

    @Test
    void unknownForgedAndNeverIssuedLinksGetTheSameNeutralAnswer() {
        Workspace workspace = newWorkspace("en");
        SentInvitation invitation = sentInvitation(workspace, uniqueEmail("ada"));
        UUID notYetSent = invited(workspace, uniqueEmail("bob"), null);

        Http.Response wrongToken = preview(invitation.invitationId(), "guess");
        Http.Response laterAttempt = preview(invitation.invitationId(), linkTokens.tokenFor(invitation.invitationId(), 2));
        Http.Response unknown = preview(UUID.randomUUID(), invitation.token());
        Http.Response beforeTheSeat = preview(notYetSent, linkTokens.tokenFor(notYetSent, 0));
        Http.Response noToken = http.get("/invitations/" + invitation.invitationId(), null);
        Http.Response malformedId = http.get("/invitations/not-a-uuid?token=x", null);

        for (Http.Response refused : new Http.Response[]{wrongToken, laterAttempt, unknown, beforeTheSeat, noToken,
                malformedId}) {
            assertThat(refused.status()).as(refused.raw()).isEqualTo(404);
            assertThat(refused.json().path("detail").asText()).isEqualTo(wrongToken.json().path("detail").asText());
            assertThat(refused.json().path("reason").isMissingNode()).as(refused.raw()).isTrue();
            assertThat(refused.raw()).doesNotContain(invitation.token());
        }
    }

    @Test
    void aLoggedInAccountWithTheInvitedEmailAcceptsOnce() {
        SentInvitation invitation = sentInvitation(newWorkspace("en"), uniqueEmail("ada"));
        UUID accountId = UUID.randomUUID();
        String jwt = identity.token(accountId, invitation.email().toUpperCase());

        Http.Response accepted = accept(invitation, Map.of("token", invitation.token()), jwt);

        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
        assertThat(accepted.json().path("workspaceId").asText()).isEqualTo(invitation.workspace().id().toString());
        assertThat(accepted.json().path("memberId").asText()).isEqualTo(invitation.memberId().toString());
        assertThat(accepted.json().path("accountId").asText()).isEqualTo(accountId.toString());
        EventEnvelope<InvitationAccepted> event =
                awaitEvent(InvitationAccepted.class, e -> e.invitationId().equals(invitation.invitationId()));
        assertThat(event.data()).isEqualTo(new InvitationAccepted(invitation.invitationId(),
                invitation.workspace().id(), invitation.memberId(), accountId, invitation.email()));
        assertThat(event.actor()).isEqualTo(accountId.toString());

        Http.Response again = accept(invitation, Map.of("token", invitation.token()), jwt);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json().path("reason").asText()).isEqualTo("accepted");
        assertThat(preview(invitation.invitationId(), invitation.token()).status()).isEqualTo(404);
    }

    @Test
    void refusesALoggedInAccountWithAnotherEmailAndChangesNothing() {
        SentInvitation invitation = sentInvitation(newWorkspace("en"), uniqueEmail("ada"));

        Http.Response refused = accept(invitation, Map.of("token", invitation.token()),
                identity.token(UUID.randomUUID(), uniqueEmail("eve")));

        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(preview(invitation.invitationId(), invitation.token()).status()).isEqualTo(200);
        assertThat(accept(invitation, Map.of("token", invitation.token()),
                identity.token(UUID.randomUUID(), invitation.email())).status()).isEqualTo(200);
    }

    @Test
    void createsTheAccountWithTheChosenPassword() {
        Workspace workspace = newWorkspace("da");
        SentInvitation invitation = sentInvitation(workspace, uniqueEmail("ada"));

        Http.Response accepted = accept(invitation,
                Map.of("token", invitation.token(), "password", "correct horse battery staple"), null);

        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
        assertThat(accountsStub.registrationsOf(invitation.email())).singleElement().satisfies(registration -> {
            assertThat(registration.locale()).isEqualTo("da");
            assertThat(registration.password()).isEqualTo("correct horse battery staple");
            assertThat(accepted.json().path("accountId").asText()).isEqualTo(registration.accountId().toString());
        });
        awaitEvent(InvitationAccepted.class, e -> e.invitationId().equals(invitation.invitationId()));
    }

    @Test
    void sendsAnExistingAccountToLogInAndKeepsTheInvitationOpen() {
        SentInvitation invitation = sentInvitation(newWorkspace("en"), uniqueEmail("ada"));
        accountsStub.accountExists(invitation.email());

        Http.Response conflict = accept(invitation,
                Map.of("token", invitation.token(), "password", "correct horse battery staple"), null);

        assertThat(conflict.status()).as(conflict.raw()).isEqualTo(409);
        assertThat(conflict.json().path("code").asText()).isEqualTo("account-exists");
        assertThat(conflict.json().path("detail").asText()).contains("log in");
        assertThat(preview(invitation.invitationId(), invitation.token()).status()).isEqualTo(200);
    }

    @Test
    void passesOnAWeakPasswordRefusalWithoutEchoingThePassword() {
        SentInvitation invitation = sentInvitation(newWorkspace("en"), uniqueEmail("ada"));

        Http.Response weak = accept(invitation, Map.of("token", invitation.token(), "password", "hunter2"), null);

        assertThat(weak.status()).as(weak.raw()).isEqualTo(400);
        assertThat(weak.json().path("detail").asText()).isEqualTo("password must have at least 12 characters");
        assertThat(weak.raw()).doesNotContain("hunter2").doesNotContain(invitation.token());
        assertThat(preview(invitation.invitationId(), invitation.token()).status()).isEqualTo(200);
    }

    @Test
    void needsALogInOrAPassword() {
        SentInvitation invitation = sentInvitation(newWorkspace("en"), uniqueEmail("ada"));

        Http.Response refused = accept(invitation, Map.of("token", invitation.token()), null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("code").asText()).isEqualTo("password-required");
    }

    @Test
    void aWrongTokenCreatesNoAccount() {
        SentInvitation invitation = sentInvitation(newWorkspace("en"), uniqueEmail("ada"));

        Http.Response refused = accept(invitation,
                Map.of("token", "guess", "password", "correct horse battery staple"), null);

        assertThat(refused.status()).isEqualTo(404);
        assertThat(accountsStub.registrationsOf(invitation.email())).isEmpty();
    }

    @Test
    void anInvitationWhoseSeatWasReservedAgainKeepsItsFirstLink() {
        SentInvitation invitation = sentInvitation(newWorkspace("en"), uniqueEmail("ada"));

        membership.publish(new SeatReserved(invitation.workspace().id(), invitation.memberId(),
                invitation.invitationId(), Products.WORKSPACE, invitation.email(), invitation.workspace().name()));

        assertThat(preview(invitation.invitationId(), invitation.token()).status()).isEqualTo(200);
    }

    private Http.Response preview(UUID invitationId, String token) {
        return http.get("/invitations/" + invitationId + "?token=" + token, null);
    }

    private Http.Response accept(SentInvitation invitation, Map<String, String> body, String jwt) {
        return http.post("/invitations/" + invitation.invitationId() + "/accept", body, jwt);
    }
}
