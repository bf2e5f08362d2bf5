package io.membership.notificationservice.reminder;

import io.membership.notificationservice.delivery.SendingSwitch;
import io.membership.notificationservice.reminder.store.Reminder;
import io.membership.notificationservice.reminder.store.ReminderSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Every {@code membership.mail.reminder-poll}, sends the due reminders this instance manages to claim. A reminder
 * whose sending failed keeps its claim until the lease runs out; then any instance tries again. Nothing fires while
 * sending is paused: the reminders wait in the schedule.
 */
@Component
public class ReminderPoller {

    private static final Logger log = LoggerFactory.getLogger(ReminderPoller.class);
    private static final int MAX_PER_ROUND = 200;

    private final ReminderSchedule schedule;
    private final ReminderEmails emails;
    private final ReminderSettings settings;
    private final SendingSwitch sending;
    private final Clock clock;
    private final String owner = UUID.randomUUID().toString();

    public ReminderPoller(ReminderSchedule schedule, ReminderEmails emails, ReminderSettings settings,
                          SendingSwitch sending, Clock clock) {
        this.schedule = schedule;
        this.emails = emails;
        this.settings = settings;
        this.sending = sending;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${membership.mail.reminder-poll:30s}",
            fixedDelayString = "${membership.mail.reminder-poll:30s}")
    public void poll() {
        try {
            fireDue();
        } catch (RuntimeException e) {
            log.warn("reminder poll failed: {}", e.toString());
        }
    }

    /** Sends what is due now; returns how many. */
    public int fireDue() {
        int fired = 0;
        while (fired < MAX_PER_ROUND && !sending.paused()) {
            Optional<Reminder> due = schedule.claimNextDue(owner, clock.instant(),
                    clock.instant().plus(settings.reminderLease()));
            if (due.isEmpty()) {
                break;
            }
            try {
                emails.send(due.get());
            } catch (RuntimeException e) {
                log.warn("reminder of invitation {} not sent, retrying after the lease: {}",
                        due.get().invitationId(), e.toString());
                break;
            }
            schedule.done(due.get(), owner);
            fired++;
        }
        return fired;
    }
}
