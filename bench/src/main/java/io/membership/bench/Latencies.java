package io.membership.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/** Latency samples in nanoseconds plus an error count; thread-safe, bounded in size. */
final class Latencies {

    private final long[] samples;
    private int count;
    private final AtomicLong errors = new AtomicLong();

    Latencies(int capacity) {
        this.samples = new long[capacity];
    }

    synchronized void record(long nanos) {
        if (count < samples.length) {
            samples[count++] = nanos;
        }
    }

    void error() {
        errors.incrementAndGet();
    }

    long errors() {
        return errors.get();
    }

    synchronized int count() {
        return count;
    }

    /** The q-quantile (0..1) in milliseconds, nearest-rank; NaN without samples. */
    synchronized double millis(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))] / 1_000_000.0;
    }
}
