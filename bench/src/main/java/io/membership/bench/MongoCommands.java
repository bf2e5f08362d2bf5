package io.membership.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Mongo commands each service issued, from Micrometer's {@code mongodb_driver_commands_seconds} timer on
 * /actuator/prometheus: two snapshots around a phase give commands and driver-side time per unit of work.
 */
final class MongoCommands {

    record Usage(double count, double seconds) {
    }

    private static final Pattern LINE = Pattern.compile(
            "^mongodb_driver_commands_seconds_(count|sum)\\{(.*)} ([0-9.eE+-]+)$");
    private static final Pattern COMMAND = Pattern.compile("command=\"([^\"]*)\"");
    private static final Pattern COLLECTION = Pattern.compile("collection=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Per "command collection" key, summed over the other labels. */
    Map<String, Usage> snapshot(String serviceUrl) {
        Map<String, Usage> usage = new HashMap<>();
        try {
            String body = http.send(HttpRequest.newBuilder(URI.create(serviceUrl + "/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
            for (String line : body.split("\n")) {
                Matcher m = LINE.matcher(line);
                if (!m.matches()) {
                    continue;
                }
                String key = label(COMMAND, m.group(2)) + " " + label(COLLECTION, m.group(2));
                double value = Double.parseDouble(m.group(3));
                Usage old = usage.getOrDefault(key, new Usage(0, 0));
                usage.put(key, m.group(1).equals("count") ? new Usage(old.count() + value, old.seconds())
                        : new Usage(old.count(), old.seconds() + value));
            }
        } catch (Exception e) {
            BenchMain.log.warn("no Mongo command metrics from {}: {}", serviceUrl, e.toString());
        }
        return usage;
    }

    static Map<String, Usage> difference(Map<String, Usage> after, Map<String, Usage> before) {
        Map<String, Usage> diff = new HashMap<>();
        after.forEach((key, a) -> {
            Usage b = before.getOrDefault(key, new Usage(0, 0));
            if (a.count() - b.count() > 0) {
                diff.put(key, new Usage(a.count() - b.count(), a.seconds() - b.seconds()));
            }
        });
        return diff;
    }

    private static String label(Pattern pattern, String labels) {
        Matcher m = pattern.matcher(labels);
        return m.find() ? m.group(1) : "?";
    }
}
