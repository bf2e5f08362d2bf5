package io.membership.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every figure of one run, in the order measured: printed as one table and written as JSON. */
final class Results {

    record Row(String phase, String metric, double value, String unit, long errors, String note) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Object> context = new LinkedHashMap<>();

    synchronized void add(String phase, String metric, double value, String unit, long errors, String note) {
        rows.add(new Row(phase, metric, value, unit, errors, note == null ? "" : note));
        BenchMain.log.info("{} | {} = {} {} (errors {}) {}", phase, metric, format(value), unit, errors,
                note == null ? "" : note);
    }

    void add(String phase, String metric, double value, String unit) {
        add(phase, metric, value, unit, 0, null);
    }

    private final Map<String, String> load = new LinkedHashMap<>();

    /** The 1/5/15-minute load average when a phase starts: other work on the box shows here. */
    synchronized void phaseStarts(String phase) {
        String average;
        try {
            average = Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException e) {
            average = "unknown";
        }
        load.put(phase, average);
        context.put("loadAverageAtPhaseStart", load);
        BenchMain.log.info("phase {} starts, load average {}", phase, average);
    }

    void context(String key, Object value) {
        context.put(key, value);
    }

    synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    synchronized double value(String metric) {
        return rows.stream().filter(r -> r.metric().equals(metric)).mapToDouble(Row::value).findFirst()
                .orElse(Double.NaN);
    }

    synchronized String table() {
        StringBuilder out = new StringBuilder();
        String format = "| %-10s | %-52s | %12s | %-9s | %6s | %s%n";
        out.append(String.format(format, "phase", "metric", "value", "unit", "errors", "note"));
        out.append("|------------|------------------------------------------------------|--------------|-----------|--------|------\n");
        for (Row row : rows) {
            out.append(String.format(format, row.phase(), row.metric(), format(row.value()), row.unit(),
                    row.errors(), row.note()));
        }
        out.append("\nload average (1/5/15 min, runnable/total, last pid) when each phase started:\n");
        load.forEach((phase, average) -> out.append(String.format("  %-10s %s%n", phase, average)));
        return out.toString();
    }

    synchronized Path writeJson(Path dir, String stamp) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.set("context", json.valueToTree(context));
        ArrayNode list = root.putArray("results");
        for (Row row : rows) {
            ObjectNode node = list.addObject();
            node.put("phase", row.phase());
            node.put("metric", row.metric());
            if (Double.isNaN(row.value())) {
                node.putNull("value");
            } else {
                node.put("value", row.value());
            }
            node.put("unit", row.unit());
            node.put("errors", row.errors());
            node.put("note", row.note());
        }
        Files.createDirectories(dir);
        Path file = dir.resolve("bench-" + stamp + ".json");
        json.writeValue(file.toFile(), root);
        return file;
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Math.abs(value) >= 100) {
            return String.format("%.0f", value);
        }
        if (Math.abs(value) >= 1 || value == 0) {
            return String.format("%.2f", value);
        }
        return String.format("%.2g", value);
    }
}
