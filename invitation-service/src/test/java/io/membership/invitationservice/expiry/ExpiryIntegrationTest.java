package io.membership.invitationservice.expiry;

import io.membership.contract.EventEnvelope;
import io.membership.contract.invitation.InvitationExpired;
import io.membership.invitationservice.invitation.command.InvitationStatus;
import io.membership.invitationservice.invitation.query.InvitationHistory;
import io.membership.invitationservice.support.InvitationServiceTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Moves the service's clock past the 7-day expiry instead of configuring a short one, so the context is shared. */
class ExpiryIntegrationTest extends InvitationServiceTestBase {

    @Autowired
    private InvitationHistory history;

    @Test
    void anUnansweredInvitationExpiresAndItsLinkDies() {
        SentInvitation invitation = sentInvitation(newWorkspace("en"), uniqueEmail("ada"));
        assertThat(http.get(previewPath(invitation), null).status()).isEqualTo(200);

        clock.advance(Duration.ofDays(7).plusSeconds(1));

        EventEnvelope<InvitationExpired> expired =
                awaitEvent(InvitationExpired.class, e -> e.invitationId().equals(invitation.invitationId()));
        assertThat(expired.data().memberId()).isEqualTo(invitation.memberId());
        assertThat(expired.data().email()).isEqualTo(invitation.email());
        assertThat(expired.actor()).isEqualTo(EventEnvelope.SYSTEM_ACTOR);
        assertThat(http.get(previewPath(invitation), null).status()).isEqualTo(404);
        assertThat(http.post("/invitations/" + invitation.invitationId() + "/accept",
                Map.of("token", invitation.token()), identity.token(UUID.randomUUID(), invitation.email())).status())
                .isEqualTo(404);
    }

    @Test
    void anAcceptedInvitationDoesNotExpire() {
        Workspace workspace = newWorkspace("en");
        SentInvitation accepted = sentInvitation(workspace, uniqueEmail("ada"));
        assertThat(http.post("/invitations/" + accepted.invitationId() + "/accept", Map.of("token", accepted.token()),
                identity.token(UUID.randomUUID(), accepted.email())).status()).isEqualTo(200);
        SentInvitation unanswered = sentInvitation(workspace, uniqueEmail("bob"));

        clock.advance(Duration.ofDays(8));

        awaitEvent(InvitationExpired.class, e -> e.invitationId().equals(unanswered.invitationId()));
        assertThat(recorded(InvitationExpired.class, e -> e.invitationId().equals(accepted.invitationId()))).isEmpty();
        assertThat(history.find(accepted.invitationId()).orElseThrow().status()).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(recorded(InvitationExpired.class, e -> e.invitationId().equals(unanswered.invitationId())))
                .hasSize(1);
    }

    private static String previewPath(SentInvitation invitation) {
        return "/invitations/" + invitation.invitationId() + "?token=" + invitation.token();
    }
}
