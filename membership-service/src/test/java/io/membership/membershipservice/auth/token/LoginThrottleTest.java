package io.membership.membershipservice.auth.token;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2025-01-01T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), clock);

    @Test
    void blocksAfterTooManyFailuresWithinTheWindow() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.allows("ann@example.com")).isTrue();
            throttle.recordFailure("ann@example.com");
        }
        assertThat(throttle.allows("ann@example.com")).isFalse();
        assertThat(throttle.allows("bob@example.com")).isTrue();
    }

    @Test
    void forgetsFailuresOlderThanTheWindow() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("ann@example.com");
        }
        now.set(now.get().plus(Duration.ofMinutes(16)));
        assertThat(throttle.allows("ann@example.com")).isTrue();
    }

    @Test
    void aSuccessfulLogInClearsTheFailures() {
        throttle.recordFailure("ann@example.com");
        throttle.recordFailure("ann@example.com");
        throttle.recordSuccess("ann@example.com");
        throttle.recordFailure("ann@example.com");
        assertThat(throttle.allows("ann@example.com")).isTrue();
    }
}
