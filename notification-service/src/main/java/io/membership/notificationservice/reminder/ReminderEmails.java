package io.membership.notificationservice.reminder;

import io.membership.contract.notification.NotificationKind;
import io.membership.notificationservice.delivery.DeliveryMetrics;
import io.membership.notificationservice.delivery.DeliveryProcess;
import io.membership.notificationservice.delivery.DeliveryRequest;
import io.membership.notificationservice.directory.store.Directory;
import io.membership.notificationservice.mail.MailLocales;
import io.membership.notificationservice.reminder.mail.ReminderEmailComposer;
import io.membership.notificationservice.reminder.store.Reminder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Locale;

/** Sends one due reminder through the delivery process, with the same attempt's link as the invitation. */
@Component
public class ReminderEmails {

    private final DeliveryProcess deliveries;
    private final ReminderEmailComposer composer;
    private final Directory directory;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    public ReminderEmails(DeliveryProcess deliveries, ReminderEmailComposer composer, Directory directory,
                          DeliveryMetrics metrics, Clock clock) {
        this.deliveries = deliveries;
        this.composer = composer;
        this.directory = directory;
        this.metrics = metrics;
        this.clock = clock;
    }

    public void send(Reminder reminder) {
        if (!reminder.expiresAt().isAfter(clock.instant())) {
            metrics.skipped(NotificationKind.INVITATION_REMINDER, "expired");
            return;
        }
        String workspaceDefault = directory.workspace(reminder.workspaceId())
                .map(Directory.Workspace::defaultLocale).orElse(null);
        Locale locale = MailLocales.firstSupported(reminder.locale(), workspaceDefault);
        DeliveryRequest request = new DeliveryRequest(reminder.sourceEventId(), reminder.correlationId(),
                reminder.remindAt(), NotificationKind.INVITATION_REMINDER, reminder.workspaceId(), reminder.email(),
                locale.toLanguageTag(), null, reminder.memberId());
        deliveries.deliver(request, () -> composer.compose(reminder, locale));
    }
}
