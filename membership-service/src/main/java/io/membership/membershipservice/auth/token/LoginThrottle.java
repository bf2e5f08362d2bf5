package io.membership.membershipservice.auth.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed log-ins per email address (known or not) within a sliding window, so passwords cannot be guessed
 * at speed. Kept in memory: each instance counts its own attempts, which still bounds the guessing rate.
 */
public class LoginThrottle {

    private static final int MAX_TRACKED_EMAILS = 100_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    public Duration window() {
        return window;
    }

    public boolean allows(String email) {
        Deque<Instant> recent = failures.get(email);
        if (recent == null) {
            return true;
        }
        synchronized (recent) {
            forgetOld(recent);
            return recent.size() < maxFailures;
        }
    }

    public void recordFailure(String email) {
        if (failures.size() >= MAX_TRACKED_EMAILS) {
            failures.values().removeIf(this::expired);
        }
        Deque<Instant> recent = failures.computeIfAbsent(email, e -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent);
            recent.addLast(clock.instant());
        }
    }

    public void recordSuccess(String email) {
        failures.remove(email);
    }

    private boolean expired(Deque<Instant> recent) {
        synchronized (recent) {
            forgetOld(recent);
            return recent.isEmpty();
        }
    }

    private void forgetOld(Deque<Instant> recent) {
        Instant cutoff = clock.instant().minus(window);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
            recent.removeFirst();
        }
    }
}
