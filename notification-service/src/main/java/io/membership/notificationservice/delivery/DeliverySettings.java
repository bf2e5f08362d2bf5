package io.membership.notificationservice.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code membership.notification.delivery.*}. {@code lease}: how long a sender may be silent before another takes
 * its delivery over; renewed before every SMTP attempt, and kept below the Kafka error handler's retry budget (60 s)
 * so a redelivered event is still being retried when the lease of a crashed sender lapses. {@code maxClaims}: after
 * that many interrupted attempts the delivery is given up as uncertain instead of risking more duplicates.
 * {@code republishAfter}: how old an unpublished outcome must be before the sweep publishes it.
 */
@ConfigurationProperties("membership.notification.delivery")
public record DeliverySettings(@DefaultValue("30s") Duration lease,
                               @DefaultValue("3") int maxClaims,
                               @DefaultValue("1m") Duration republishAfter) {
}
