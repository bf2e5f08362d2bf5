package io.membership.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Samples each service's heap (Prometheus {@code jvm_memory_used_bytes{area="heap"}}, summed over the pools) and
 * resident set ({@code /proc/<pid>/status}) in the background and keeps the peaks. The kernel's own peak
 * (VmHWM) is reset through {@code /proc/<pid>/clear_refs} when sampling starts, so it covers the measured phases only.
 */
final class ServiceMemory implements AutoCloseable {

    record Peak(double heapMb, double rssMb, double hwmMb) {
    }

    private final Map<String, String> urls;
    private final Map<String, Long> pids;
    private final Map<String, double[]> peaks = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile boolean running = true;
    private final Thread sampler;

    ServiceMemory(Map<String, String> urls, Map<String, Long> pids) {
        this.urls = new ConcurrentHashMap<>();
        this.pids = new ConcurrentHashMap<>();
        urls.forEach((name, url) -> add(name, url, pids.get(name)));
        sampler = new Thread(this::loop, "memory-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void loop() {
        while (running) {
            urls.forEach((name, url) -> {
                double[] peak = peaks.get(name);
                peak[0] = Math.max(peak[0], heapMb(url));
                Long pid = pids.get(name);
                if (pid != null) {
                    peak[1] = Math.max(peak[1], procKb(pid, "VmRSS") / 1024.0);
                    peak[2] = Math.max(peak[2], procKb(pid, "VmHWM") / 1024.0);
                }
            });
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Samples one more process from now on (its kernel peak is reset first). */
    void add(String name, String url, Long pid) {
        if (pid != null) {
            resetPeak(pid);
            pids.put(name, pid);
        }
        peaks.put(name, new double[3]);
        urls.put(name, url);
    }

    Map<String, Peak> peaks() {
        Map<String, Peak> result = new java.util.TreeMap<>();
        peaks.forEach((name, p) -> result.put(name, new Peak(p[0], p[1], p[2])));
        return result;
    }

    private double heapMb(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            double bytes = 0;
            for (String line : response.body().split("\n")) {
                if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                    bytes += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return bytes / (1024 * 1024);
        } catch (IOException | RuntimeException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    static long procKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
                }
            }
        } catch (IOException | RuntimeException gone) {
            // process ended or not Linux
        }
        return 0;
    }

    private static void resetPeak(long pid) {
        try {
            Files.writeString(Path.of("/proc", String.valueOf(pid), "clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            BenchMain.log.warn("could not reset the peak RSS of pid {}: {}", pid, e.getMessage());
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
