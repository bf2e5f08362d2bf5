package io.membership.platform.relay;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/** Tuning of the event store to Kafka relay ({@code membership.relay.*}). */
@ConfigurationProperties("membership.relay")
public record RelaySettings(Duration pollInterval, Duration sweepInterval, Duration lease, Duration sendTimeout,
                            int batchSize) {
    public RelaySettings {
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        sweepInterval = sweepInterval == null ? Duration.ofMinutes(5) : sweepInterval;
        lease = lease == null ? Duration.ofSeconds(30) : lease;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(15) : sendTimeout;
        batchSize = batchSize <= 0 ? 100 : batchSize;
    }

    public static RelaySettings defaults() {
        return new RelaySettings(null, null, null, null, 0);
    }
}
