package io.membership.launcher;

import java.time.Duration;

/**
 * When to start a dead JVM again, as an orchestrator would: after 1 s, doubling to at most 30 s while it keeps dying
 * quickly, back to 1 s once it stayed up a while; given up after {@link #MAX_QUICK_DEATHS} quick deaths in a row.
 */
final class Restarts {

    static final int MAX_QUICK_DEATHS = 8;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofSeconds(30);
    /** A JVM that ran at least this long before dying was healthy: its death starts the back-off afresh. */
    static final Duration STABLE = Duration.ofSeconds(60);

    private int quickDeaths;
    private int restarts;
    private Duration delay = FIRST_DELAY;

    /** Records a death after {@code uptime}; the wait before the next start, or null to give up. */
    Duration died(Duration uptime) {
        if (uptime.compareTo(STABLE) >= 0) {
            quickDeaths = 0;
            delay = FIRST_DELAY;
        }
        quickDeaths++;
        if (quickDeaths > MAX_QUICK_DEATHS) {
            return null;
        }
        restarts++;
        Duration wait = delay;
        delay = delay.multipliedBy(2).compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay.multipliedBy(2);
        return wait;
    }

    int restarts() {
        return restarts;
    }

    int quickDeaths() {
        return quickDeaths;
    }

    /** What an exit code says about how a JVM died. */
    static String cause(int exitCode) {
        return switch (exitCode) {
            case -1 -> "did not become healthy";
            case 3 -> "out of memory (-XX:+ExitOnOutOfMemoryError)";
            case 134 -> "aborted (SIGABRT: a JVM crash)";
            case 137 -> "killed (SIGKILL)";
            case 139 -> "crashed (SIGSEGV)";
            case 143 -> "terminated (SIGTERM)";
            default -> exitCode > 128 ? "stopped by signal " + (exitCode - 128) : "exited with code " + exitCode;
        };
    }
}
