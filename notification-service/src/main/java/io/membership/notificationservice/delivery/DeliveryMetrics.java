package io.membership.notificationservice.delivery;

import io.membership.contract.notification.NotificationKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;

/**
 * {@code emails.sent}, {@code emails.failed} (tagged permanent or not), {@code emails.retried},
 * {@code emails.skipped} and {@code emails.delivery.latency}: from the event that asked for the email to the SMTP
 * server accepting it.
 */
@Component
public class DeliveryMetrics {

    private final MeterRegistry registry;

    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void sent(NotificationKind kind, Duration sinceEvent) {
        Counter.builder("emails.sent").tag("kind", tag(kind)).register(registry).increment();
        Timer.builder("emails.delivery.latency").description("event time to email accepted by the SMTP server")
                .tag("kind", tag(kind)).publishPercentileHistogram().register(registry)
                .record(sinceEvent.isNegative() ? Duration.ZERO : sinceEvent);
    }

    public void failed(NotificationKind kind, boolean permanent) {
        Counter.builder("emails.failed").tag("kind", tag(kind)).tag("permanent", String.valueOf(permanent))
                .register(registry).increment();
    }

    public void retried(NotificationKind kind) {
        Counter.builder("emails.retried").tag("kind", tag(kind)).register(registry).increment();
    }

    public void skipped(NotificationKind kind, String reason) {
        Counter.builder("emails.skipped").tag("kind", tag(kind)).tag("reason", reason).register(registry).increment();
    }

    private static String tag(NotificationKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
