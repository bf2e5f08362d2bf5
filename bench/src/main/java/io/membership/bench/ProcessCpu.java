package io.membership.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/** CPU time (user + system) the measured processes used, from {@code /proc/<pid>/stat}; 0 where unreadable. */
final class ProcessCpu {

    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessCpu() {
    }

    static double seconds(Collection<Long> pids) {
        double total = 0;
        for (long pid : pids) {
            total += seconds(pid);
        }
        return total;
    }

    static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command name: state is field 3 of the man page, utime 14 and stime 15
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (Exception e) {
            return 0;
        }
    }
}
