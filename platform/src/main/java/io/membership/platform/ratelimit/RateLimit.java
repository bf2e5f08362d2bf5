package io.membership.platform.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * At most {@code capacity} takes per {@code period} for one key, refilled evenly over the period (a token bucket),
 * so a caller who stops trying gets a take back every {@code period / capacity}.
 */
public record RateLimit(String name, long capacity, Duration period) {
    public RateLimit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(period, "period");
        if (capacity <= 0 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("rate limit " + name + " needs a positive capacity and period");
        }
    }
}
