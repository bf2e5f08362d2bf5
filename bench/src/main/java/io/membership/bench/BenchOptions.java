package io.membership.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Command-line options. Without URLs the harness starts the embedded default itself; with
 * {@code --membership-url/--invitation-url/--query-url} (plus {@code --mongo-uri}, {@code --kafka-bootstrap},
 * {@code --imap host:port}) it measures a system that is already running.
 */
record BenchOptions(String membershipUrl, String invitationUrl, String queryUrl, String mongoUri,
                    String kafkaBootstrap, String imap, int members, Duration window, Duration sagaWindow,
                    int threads, int sagaConcurrency, int sagaWorkspaces, boolean jfr, Path servicesDir,
                    Path resultsDir, Path dataDir, java.util.Set<String> phases, boolean colocated) {

    static BenchOptions parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + arg + "\n" + usage());
            }
            int eq = arg.indexOf('=');
            given.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
        if (given.containsKey("help")) {
            System.out.println(usage());
            System.exit(0);
        }
        int members = given.containsKey("big") ? 100_000 : Integer.parseInt(given.getOrDefault("members", "2000"));
        BenchOptions options = new BenchOptions(given.remove("membership-url"), given.remove("invitation-url"),
                given.remove("query-url"), given.remove("mongo-uri"), given.remove("kafka-bootstrap"),
                given.remove("imap"), members,
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("seconds", "15"))),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("saga-seconds", "30"))),
                Integer.parseInt(given.getOrDefault("threads", "4")),
                Integer.parseInt(given.getOrDefault("saga-concurrency", "8")),
                Integer.parseInt(given.getOrDefault("saga-workspaces", "0")),
                !given.containsKey("no-jfr"),
                Path.of(given.getOrDefault("services-dir", "launcher/target/services")).toAbsolutePath(),
                Path.of(given.getOrDefault("results-dir", "bench/results")).toAbsolutePath(),
                Path.of(given.getOrDefault("data-dir", "bench/target/bench-data")).toAbsolutePath(),
                java.util.Set.of(given.getOrDefault("phases", "1,2,3,4,5").split(",")),
                given.containsKey("colocated"));
        if (options.remote() && (options.invitationUrl == null || options.queryUrl == null
                || options.mongoUri == null || options.kafkaBootstrap == null || options.imap == null)) {
            throw new IllegalArgumentException("against running services give all of --membership-url, "
                    + "--invitation-url, --query-url, --mongo-uri, --kafka-bootstrap and --imap\n" + usage());
        }
        return options;
    }

    boolean runs(String phase) {
        return phases.contains(phase.substring(0, 1));
    }

    boolean remote() {
        return membershipUrl != null;
    }

    static String usage() {
        return """
                bench/run [options]
                  --members=N            members in the members-page workspace (default 2000)
                  --big                  the same with 100,000 members
                  --seconds=N            measuring window of the raw, command and query phases (default 15)
                  --saga-seconds=N       measuring window of the saga phase (default 30)
                  --threads=N            client threads for the multi-threaded command phase (default 4)
                  --saga-concurrency=N   invitations in flight during the saga phase (default 8)
                  --saga-workspaces=N    also run the closed loop with the invitations spread over N workspaces
                                         (many partitions busy at once, not one hot workspace); default: not run
                  --no-jfr               no JFR recording of the services during the saga phase
                  --phases=1,2,3,4,5     only these phases (memory, phase 6, is sampled during 3-5 anyway)
                  --colocated            measure bin/start's default itself: infrastructure and the four services
                                         in one child JVM (its documented ports must be free), mail seen as
                                         NotificationSent on the topic; without it, the services run one JVM each
                  --membership-url=… --invitation-url=… --query-url=… --mongo-uri=… --kafka-bootstrap=…
                  --imap=host:port       measure running services instead of starting the embedded default
                """;
    }
}
