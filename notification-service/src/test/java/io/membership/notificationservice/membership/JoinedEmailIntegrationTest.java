package io.membership.notificationservice.membership;

import io.membership.contract.EventEnvelope;
import io.membership.contract.Role;
import io.membership.contract.invitation.InvitationSent;
import io.membership.contract.membership.AccountRegistered;
import io.membership.contract.membership.MemberJoined;
import io.membership.contract.membership.WorkspaceCreated;
import io.membership.contract.notification.NotificationKind;
import io.membership.contract.notification.NotificationSent;
import io.membership.infra.ReceivedMail;
import io.membership.notificationservice.NotificationServiceTestContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class JoinedEmailIntegrationTest extends NotificationServiceTestContext {

    @Test
    void joinedMemberIsWelcomedAndTheInviterToldEachInTheirLanguageOnce() throws Exception {
        UUID inviterId = UUID.randomUUID();
        String inviterEmail = newEmail("inviter");
        String memberEmail = newEmail("joiner");
        UUID workspaceId = UUID.randomUUID();
        String workspace = "Joined " + RUN;
        publish(envelope(new AccountRegistered(inviterId, inviterEmail, "de"), inviterId.toString()));
        publish(envelope(new WorkspaceCreated(workspaceId, workspace, inviterId, UUID.randomUUID(), inviterEmail,
                Map.of("workspace", 5), "da"), workspaceId.toString()));
        InvitationSent invitation = new InvitationSent(UUID.randomUUID(), workspaceId, UUID.randomUUID(),
                memberEmail, Set.of(Role.ADMIN), 1, Instant.now().plus(Duration.ofDays(7)), workspace, inviterId,
                "fr");
        publish(envelope(invitation, invitation.invitationId().toString()));
        EventEnvelope<MemberJoined> joined = envelope(new MemberJoined(workspaceId, invitation.memberId(),
                invitation.invitationId(), UUID.randomUUID(), memberEmail, Set.of(Role.ADMIN)),
                workspaceId.toString());

        publish(joined);
        publish(joined);

        await().atMost(PATIENCE).until(() -> outcomesOf(joined.id()).size() == 2);
        assertThat(outcomesOf(joined.id())).extracting(p -> ((NotificationSent) p.envelope().data()).kind())
                .containsExactlyInAnyOrder(NotificationKind.WORKSPACE_JOINED, NotificationKind.INVITEE_JOINED);
        await().atMost(PATIENCE).until(() -> mailsTo(memberEmail).size() == 2);
        ReceivedMail welcome = mailsTo(memberEmail).stream()
                .filter(mail -> mail.subject().startsWith("Vous avez rejoint")).findFirst().orElseThrow();
        assertThat(welcome.subject()).isEqualTo("Vous avez rejoint l'espace de travail " + workspace);
        assertThat(welcome.textBody()).contains("avec le rôle : administrateur");
        assertThat(welcome.htmlBody()).contains("administrateur");
        await().atMost(PATIENCE).until(() -> mailsTo(inviterEmail).size() == 1);
        ReceivedMail told = mailsTo(inviterEmail).get(0);
        assertThat(told.subject()).isEqualTo(memberEmail + " ist dem Arbeitsbereich " + workspace + " beigetreten");
        assertThat(told.textBody()).contains(memberEmail);
    }

    @Test
    void withoutAnInvitationLocaleTheWorkspaceDefaultIsUsed() throws Exception {
        UUID ownerId = UUID.randomUUID();
        UUID workspaceId = UUID.randomUUID();
        String workspace = "Dansk " + RUN;
        String memberEmail = newEmail("dansk");
        publish(envelope(new AccountRegistered(ownerId, newEmail("owner"), null), ownerId.toString()));
        publish(envelope(new WorkspaceCreated(workspaceId, workspace, ownerId, UUID.randomUUID(), "o@example.com",
                Map.of("workspace", 5), "da"), workspaceId.toString()));
        InvitationSent invitation = new InvitationSent(UUID.randomUUID(), workspaceId, UUID.randomUUID(),
                memberEmail, Set.of(Role.MEMBER), 1, Instant.now().plus(Duration.ofDays(7)), workspace, ownerId,
                null);
        publish(envelope(invitation, invitation.invitationId().toString()));
        EventEnvelope<MemberJoined> joined = envelope(new MemberJoined(workspaceId, invitation.memberId(),
                invitation.invitationId(), UUID.randomUUID(), memberEmail, Set.of(Role.MEMBER)),
                workspaceId.toString());

        publish(joined);

        await().atMost(PATIENCE).until(() -> mailsTo(memberEmail).stream()
                .anyMatch(mail -> mail.subject().equals("Du er nu med i arbejdsområdet " + workspace)));
    }
}
