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
 * Time each Kafka listener container spent in its listener, from spring-kafka's {@code spring_kafka_listener_seconds}
 * timer on /actuator/prometheus. Over a window it is the share of the time that serial stage was busy: the stage
 * near 100% is the one the saga queues at.
 */
final class ListenerTime {

    private static final Pattern LINE = Pattern.compile("^spring_kafka_listener_seconds_sum\\{(.*)} ([0-9.eE+-]+)$");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Seconds spent per listener container name, summed over outcomes. */
    Map<String, Double> snapshot(String serviceUrl) {
        Map<String, Double> seconds = new HashMap<>();
        try {
            String body = http.send(HttpRequest.newBuilder(URI.create(serviceUrl + "/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
            for (String line : body.split("\n")) {
                Matcher m = LINE.matcher(line);
                if (m.matches()) {
                    Matcher name = NAME.matcher(m.group(1));
                    seconds.merge(name.find() ? name.group(1) : "?", Double.parseDouble(m.group(2)), Double::sum);
                }
            }
        } catch (Exception e) {
            BenchMain.log.warn("no listener timings from {}: {}", serviceUrl, e.toString());
        }
        return seconds;
    }
}
