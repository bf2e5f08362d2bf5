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

    /** Registers every series at zero, so dashboards and alerts see them before the first email. */
    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (NotificationKind kind : NotificationKind.values()) {
            sentCounter(kind);
            latency(kind);
            failedCounter(kind, true);
            failedCounter(kind, false);
            retriedCounter(kind);
        }
    }

    public void sent(NotificationKind kind, Duration sinceEvent) {
        sentCounter(kind).increment();
        latency(kind).record(sinceEvent.isNegative() ? Duration.ZERO : sinceEvent);
    }

    public void failed(NotificationKind kind, boolean permanent) {
        failedCounter(kind, permanent).increment();
    }

    public void retried(NotificationKind kind) {
        retriedCounter(kind).increment();
    }

    public void skipped(NotificationKind kind, String reason) {
        Counter.builder("emails.skipped").tag("kind", tag(kind)).tag("reason", reason).register(registry).increment();
    }

    private Counter sentCounter(NotificationKind kind) {
        return Counter.builder("emails.sent").description("emails accepted by the SMTP server")
                .tag("kind", tag(kind)).register(registry);
    }

    private Timer latency(NotificationKind kind) {
        return Timer.builder("emails.delivery.latency").description("event time to email accepted by the SMTP server")
                .tag("kind", tag(kind)).publishPercentileHistogram().register(registry);
    }

    private Counter failedCounter(NotificationKind kind, boolean permanent) {
        return Counter.builder("emails.failed").description("emails given up on")
                .tag("kind", tag(kind)).tag("permanent", String.valueOf(permanent)).register(registry);
    }

    private Counter retriedCounter(NotificationKind kind) {
        return Counter.builder("emails.retried").description("SMTP attempts repeated after a transient failure")
                .tag("kind", tag(kind)).register(registry);
    }

    private static String tag(NotificationKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
