package io.membership.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** JFR recordings of the service JVMs over one phase, started and stopped with jcmd (profile settings). */
final class FlightRecorder {

    private final Map<String, Long> pids;
    private final Path dir;
    private final String stamp;
    private final List<Path> files = new ArrayList<>();

    FlightRecorder(Map<String, Long> pids, Path dir, String stamp) {
        this.pids = pids;
        this.dir = dir;
        this.stamp = stamp;
    }

    void start() throws Exception {
        Files.createDirectories(dir);
        for (Map.Entry<String, Long> service : pids.entrySet()) {
            Path file = dir.resolve(stamp + "-" + service.getKey() + ".jfr");
            jcmd(service.getValue(), "JFR.start", "name=bench", "settings=profile", "filename=" + file);
            files.add(file);
        }
    }

    List<Path> stop() throws Exception {
        for (Long pid : pids.values()) {
            jcmd(pid, "JFR.stop", "name=bench");
        }
        return files;
    }

    private static void jcmd(long pid, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd")
                .toString(), String.valueOf(pid)));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            BenchMain.log.warn("jcmd {} {} failed: {}", pid, String.join(" ", args), output.strip());
        }
    }
}
