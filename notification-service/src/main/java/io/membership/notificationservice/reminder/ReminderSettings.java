package io.membership.notificationservice.reminder;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code membership.mail.reminder-before}: how long before an invitation expires its reminder goes out (an
 * invitation living no longer than that gets none). {@code reminder-lease}: how long an instance may hold a due
 * reminder before another takes it over.
 */
@ConfigurationProperties("membership.mail")
public record ReminderSettings(@DefaultValue("P1D") Duration reminderBefore,
                               @DefaultValue("2m") Duration reminderLease) {
}
