package io.membership.bench;

import java.time.Duration;

/** A point in time every loop checks, so no loop runs unbounded. */
record Deadline(long nanos) {

    static Deadline in(Duration duration) {
        return new Deadline(System.nanoTime() + duration.toNanos());
    }

    boolean passed() {
        return System.nanoTime() - nanos >= 0;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
