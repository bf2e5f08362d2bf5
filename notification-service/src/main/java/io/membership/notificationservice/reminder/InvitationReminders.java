package io.membership.notificationservice.reminder;

import io.membership.contract.EventEnvelope;
import io.membership.contract.invitation.InvitationResent;
import io.membership.contract.invitation.InvitationSent;
import io.membership.notificationservice.reminder.store.Reminder;
import io.membership.notificationservice.reminder.store.ReminderSchedule;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/**
 * Schedules the reminder of each invitation attempt {@code reminder-before} its expiry, and drops it once the
 * invitation is accepted or expired. An invitation sent for less than that gets no reminder: it would arrive with
 * (or before) the invitation itself.
 */
@Component
public class InvitationReminders {

    private final ReminderSchedule schedule;
    private final ReminderSettings settings;

    public InvitationReminders(ReminderSchedule schedule, ReminderSettings settings) {
        this.schedule = schedule;
        this.settings = settings;
    }

    public void scheduleForSent(EventEnvelope<InvitationSent> event) {
        InvitationSent sent = event.data();
        schedule(event, sent.expiresAt(), remindAt -> new Reminder(sent.invitationId(), sent.attempt(), remindAt,
                sent.expiresAt(), event.id(), event.correlationId(), sent.workspaceId(), sent.memberId(),
                sent.email(), sent.workspaceName(), sent.roles(), sent.locale()));
    }

    /** A re-sent invitation is a new attempt: its reminder replaces the previous attempt's, sent or not. */
    public void scheduleForResent(EventEnvelope<InvitationResent> event) {
        InvitationResent again = event.data();
        schedule(event, again.expiresAt(), remindAt -> new Reminder(again.invitationId(), again.attempt(), remindAt,
                again.expiresAt(), event.id(), event.correlationId(), again.workspaceId(), again.memberId(),
                again.email(), again.workspaceName(), again.roles(), again.locale()));
    }

    private void schedule(EventEnvelope<?> event, Instant expiresAt, Function<Instant, Reminder> reminder) {
        if (expiresAt == null) {
            return;
        }
        Instant remindAt = expiresAt.minus(settings.reminderBefore());
        if (remindAt.isAfter(event.time())) {
            schedule.schedule(reminder.apply(remindAt));
        }
    }

    public void cancel(UUID invitationId) {
        schedule.cancel(invitationId);
    }
}
