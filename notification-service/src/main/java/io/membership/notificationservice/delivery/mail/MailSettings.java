package io.membership.notificationservice.delivery.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * {@code membership.mail.*}: the sender address, the time zone dates are shown in, and how transient SMTP failures
 * are retried (exponential back-off with jitter, bounded attempts).
 */
@ConfigurationProperties("membership.mail")
public record MailSettings(@DefaultValue("Workspace <no-reply@workspace.local>") String from,
                           @DefaultValue("UTC") ZoneId timeZone,
                           @DefaultValue Retry retry) {

    public record Retry(@DefaultValue("5") int maxAttempts,
                        @DefaultValue("1s") Duration initialInterval,
                        @DefaultValue("2.0") double multiplier,
                        @DefaultValue("15s") Duration maxInterval) {
    }
}
