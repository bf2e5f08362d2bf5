package io.membership.notificationservice.reminder;

import io.membership.contract.EventEnvelope;
import io.membership.contract.Role;
import io.membership.contract.invitation.InvitationAccepted;
import io.membership.contract.invitation.InvitationSent;
import io.membership.contract.notification.NotificationKind;
import io.membership.contract.notification.NotificationSent;
import io.membership.infra.ReceivedMail;
import io.membership.notificationservice.NotificationServiceTestContext;
import io.membership.notificationservice.delivery.SendingSwitch;
import io.membership.notificationservice.reminder.store.Reminder;
import io.membership.notificationservice.reminder.store.ReminderSchedule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reminders go out once per invitation attempt, {@code reminder-before} (one day here) before it expires. */
class InvitationReminderIntegrationTest extends NotificationServiceTestContext {

    @Autowired
    private ReminderSchedule schedule;

    @Autowired
    private ReminderEmails emails;

    @Autowired
    private ReminderSettings settings;

    @Autowired
    private SendingSwitch sending;

    @Test
    void reminderIsSentOnceADayBeforeTheInvitationExpiresWithTheSameLink() throws Exception {
        String email = newEmail("remind-me");
        EventEnvelope<InvitationSent> event = invitationSent(email, "de", dueInAMoment());
        InvitationSent invitation = event.data();

        publish(event);

        await().atMost(PATIENCE).until(() -> mailsTo(email).size() == 2);
        ReceivedMail reminder = mailsTo(email).stream()
                .filter(mail -> mail.subject().startsWith("Erinnerung")).findFirst().orElseThrow();
        String link = "https://invitations.example.test/invitations/" + invitation.invitationId() + "?token="
                + tokenOf(invitation);
        assertThat(reminder.subject()).isEqualTo("Erinnerung: Einladung in den Arbeitsbereich "
                + invitation.workspaceName());
        assertThat(reminder.textBody()).contains(link);
        assertThat(reminder.htmlBody()).contains(link);
        await().atMost(PATIENCE).until(() -> outcomesOf(event.id()).size() == 2);
        assertThat(outcomesOf(event.id())).extracting(p -> ((NotificationSent) p.envelope().data()).kind())
                .containsExactlyInAnyOrder(NotificationKind.INVITATION, NotificationKind.INVITATION_REMINDER);
        assertThat(schedule.stateOf(invitation.invitationId())).contains("DONE");

        schedule.schedule(reminderOf(event, invitation.expiresAt().minus(settings.reminderBefore())));
        assertThat(schedule.stateOf(invitation.invitationId())).contains("DONE");
    }

    @Test
    void acceptedInvitationLosesItsReminderForGood() throws Exception {
        String email = newEmail("accepted");
        EventEnvelope<InvitationSent> sent = invitationSent(email, "en",
                Instant.now().plus(settings.reminderBefore()).plus(Duration.ofHours(1)));
        InvitationSent invitation = sent.data();

        publish(sent);
        await().atMost(PATIENCE).until(() -> schedule.stateOf(invitation.invitationId())
                .equals(Optional.of("SCHEDULED")));
        publish(envelope(new InvitationAccepted(invitation.invitationId(), invitation.workspaceId(),
                invitation.memberId(), UUID.randomUUID(), email), invitation.invitationId().toString()));

        await().atMost(PATIENCE).until(() -> schedule.stateOf(invitation.invitationId())
                .equals(Optional.of("CANCELLED")));
        schedule.schedule(reminderOf(sent, invitation.expiresAt().minus(settings.reminderBefore())));
        assertThat(schedule.stateOf(invitation.invitationId())).contains("CANCELLED");
        assertThat(mailsTo(email)).hasSize(1);
    }

    @Test
    void twoInstancesRacingOnADueReminderSendItOnce() {
        String email = newEmail("race");
        EventEnvelope<InvitationSent> event = invitationSent(email, "fr", Instant.now().plus(Duration.ofHours(3)));
        schedule.schedule(reminderOf(event, Instant.now().minusSeconds(1)));
        ReminderPoller first = new ReminderPoller(schedule, emails, settings, sending, Clock.systemUTC());
        ReminderPoller second = new ReminderPoller(schedule, emails, settings, sending, Clock.systemUTC());

        CompletableFuture.allOf(CompletableFuture.runAsync(first::fireDue),
                CompletableFuture.runAsync(second::fireDue)).join();

        await().atMost(PATIENCE).until(() -> schedule.stateOf(event.data().invitationId()).equals(
                Optional.of("DONE")));
        await().atMost(PATIENCE).until(() -> mailsTo(email).size() == 1);
        assertThat(mailsTo(email).get(0).subject()).startsWith("Rappel : invitation");
        await().atMost(PATIENCE).until(() -> outcomesOf(event.id()).size() == 1);
    }

    @Test
    void reminderClaimedByAnInstanceThatDiedIsSentByAnotherAfterTheLease() {
        String email = newEmail("restart");
        EventEnvelope<InvitationSent> event = invitationSent(email, "da", Instant.now().plus(Duration.ofHours(3)));
        // due in a moment, so this service's own poller cannot take it before the instance that "dies" does
        Instant due = Instant.now().plusSeconds(2);
        schedule.schedule(reminderOf(event, due));
        Optional<Reminder> claimedByTheDead = schedule.claimNextDue("dead-instance", due.plusMillis(1),
                Instant.now().minusMillis(1));
        assertThat(claimedByTheDead).isPresent();

        await().atMost(PATIENCE).until(() -> mailsTo(email).size() == 1);
        assertThat(mailsTo(email).get(0).subject()).startsWith("Påmindelse");
        await().atMost(PATIENCE).until(() -> schedule.stateOf(event.data().invitationId()).equals(
                Optional.of("DONE")));
    }

    @Test
    void invitationShorterThanTheReminderDelayGetsNone() throws Exception {
        String email = newEmail("short");
        EventEnvelope<InvitationSent> event = invitationSent(email, "en", Instant.now().plus(Duration.ofHours(2)));

        publish(event);

        await().atMost(PATIENCE).until(() -> mailsTo(email).size() == 1);
        assertThat(schedule.stateOf(event.data().invitationId())).isEmpty();
    }

    private Instant dueInAMoment() {
        return Instant.now().plus(settings.reminderBefore()).plusSeconds(3);
    }

    private static Reminder reminderOf(EventEnvelope<InvitationSent> event, Instant remindAt) {
        InvitationSent invitation = event.data();
        return new Reminder(invitation.invitationId(), invitation.attempt(), remindAt, invitation.expiresAt(),
                event.id(), event.correlationId(), invitation.workspaceId(), invitation.memberId(),
                invitation.email(), invitation.workspaceName(), Set.of(Role.MEMBER), invitation.locale());
    }
}
