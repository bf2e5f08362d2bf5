package io.membership.notificationservice.invitation.messaging;

import io.membership.contract.EventEnvelope;
import io.membership.contract.invitation.CancellationReason;
import io.membership.contract.invitation.InvitationCancelled;
import io.membership.contract.invitation.InvitationResent;
import io.membership.contract.invitation.InvitationSent;
import io.membership.contract.notification.NotificationKind;
import io.membership.contract.notification.NotificationSent;
import io.membership.infra.ReceivedMail;
import io.membership.notificationservice.NotificationServiceTestContext;
import io.membership.notificationservice.reminder.store.ReminderSchedule;
import io.membership.platform.links.InvitationLinkTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class InvitationChangeEmailIntegrationTest extends NotificationServiceTestContext {

    private static final Instant NEXT_WEEK = Instant.now().plus(Duration.ofDays(7));

    @Autowired
    private ReminderSchedule reminders;

    @Test
    void resentInvitationIsEmailedWithTheNewAttemptsLinkOnly() throws Exception {
        String email = newEmail("resent");
        EventEnvelope<InvitationSent> sent = invitationSent(email, "fr", NEXT_WEEK);
        InvitationSent first = sent.data();
        publish(sent);
        await().atMost(PATIENCE).until(() -> mailsTo(email).size() == 1);
        EventEnvelope<InvitationResent> resent = envelope(new InvitationResent(first.invitationId(),
                first.workspaceId(), first.memberId(), email, first.roles(), 2, NEXT_WEEK.plusSeconds(3600),
                first.workspaceName(), first.invitedBy(), "fr"), first.invitationId().toString());

        publish(resent);

        await().atMost(PATIENCE).until(() -> mailsTo(email).size() == 2);
        ReceivedMail again = mailsTo(email).stream().filter(m -> m.subject().startsWith("Nouveau lien"))
                .findFirst().orElseThrow();
        InvitationLinkTokens tokens = new InvitationLinkTokens(LINK_SECRET);
        String newLink = "https://invitations.example.test/invitations/" + first.invitationId() + "?token="
                + tokens.tokenFor(first.invitationId(), 2);
        assertThat(again.subject()).isEqualTo("Nouveau lien d'invitation à l'espace de travail "
                + first.workspaceName());
        assertThat(again.textBody()).contains(newLink).doesNotContain(tokens.tokenFor(first.invitationId(), 1));
        assertThat(again.htmlBody()).contains(newLink);
        await().atMost(PATIENCE).until(() -> outcomesOf(resent.id()).size() == 1);
        assertThat(((NotificationSent) outcomesOf(resent.id()).get(0).envelope().data()).kind())
                .isEqualTo(NotificationKind.INVITATION_RESENT);
        assertThat(reminders.stateOf(first.invitationId())).contains("SCHEDULED");
    }

    @Test
    void cancelledInvitationIsAnnouncedAndLosesItsReminder() throws Exception {
        String email = newEmail("cancelled");
        EventEnvelope<InvitationSent> sent = invitationSent(email, "de", NEXT_WEEK);
        InvitationSent invitation = sent.data();
        publish(sent);
        EventEnvelope<InvitationCancelled> cancelled = envelope(new InvitationCancelled(invitation.invitationId(),
                invitation.workspaceId(), invitation.memberId(), email, CancellationReason.CANCELLED),
                invitation.invitationId().toString());

        publish(cancelled);

        await().atMost(PATIENCE).until(() -> mailsTo(email).size() == 2);
        assertThat(mailsTo(email)).extracting(ReceivedMail::subject).contains(
                "Ihre Einladung in den Arbeitsbereich " + invitation.workspaceName() + " wurde zurückgezogen");
        assertThat(mailsTo(email)).filteredOn(m -> m.subject().contains("zurückgezogen"))
                .allSatisfy(m -> assertThat(m.textBody()).doesNotContain("http"));
        await().atMost(PATIENCE).until(() -> reminders.stateOf(invitation.invitationId())
                .equals(Optional.of("CANCELLED")));
    }

    @Test
    void supersededInvitationIsNotAnnounced() throws Exception {
        String email = newEmail("superseded");
        EventEnvelope<InvitationSent> sent = invitationSent(email, "en", NEXT_WEEK);
        InvitationSent invitation = sent.data();
        publish(sent);
        EventEnvelope<InvitationCancelled> superseded = envelope(new InvitationCancelled(
                invitation.invitationId(), invitation.workspaceId(), invitation.memberId(), email,
                CancellationReason.SUPERSEDED), invitation.invitationId().toString());

        publish(superseded);

        await().atMost(PATIENCE).until(() -> reminders.stateOf(invitation.invitationId())
                .equals(Optional.of("CANCELLED")));
        assertThat(outcomesOf(superseded.id())).isEmpty();
        assertThat(mailsTo(email)).hasSize(1);
    }
}
