package io.membership.bench;

import io.membership.infra.EmbeddedInfrastructure;
import io.membership.launcher.RunningSystem;
import io.membership.launcher.ServicePorts;
import io.membership.launcher.ServiceProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The system under test: the embedded default started here, or services already running elsewhere. */
final class Target implements AutoCloseable {

    static final String[] SERVICES = {"membership-service", "invitation-service", "notification-service",
            "query-service"};

    final String membershipUrl;
    final String invitationUrl;
    final String queryUrl;
    final String mongoUri;
    final String kafkaBootstrap;
    final MailWatch mail;
    private final EmbeddedInfrastructure infrastructure;
    private final RunningSystem system;
    private final BenchOptions options;
    private final String linkSecret;
    /** bin/start's default, when measured as such: the whole stack in this one child process. */
    private final Process stack;

    /** The ports bin/start documents; the colocated stack listens on them. */
    static final String STACK = "embedded-stack";

    private Target(BenchOptions options, Process stack, String linkSecret) {
        this.options = options;
        this.infrastructure = null;
        this.system = null;
        this.stack = stack;
        this.linkSecret = linkSecret;
        membershipUrl = "http://localhost:8081";
        invitationUrl = "http://localhost:8082";
        queryUrl = "http://localhost:8084";
        mongoUri = "mongodb://localhost:27017";
        kafkaBootstrap = "localhost:9092";
        mail = new NotificationTopicWatch(kafkaBootstrap);
    }

    private Target(BenchOptions options, EmbeddedInfrastructure infrastructure, RunningSystem system,
                   String linkSecret) {
        this.options = options;
        this.infrastructure = infrastructure;
        this.system = system;
        this.linkSecret = linkSecret;
        this.stack = null;
        if (system != null) {
            membershipUrl = system.membershipUrl();
            invitationUrl = system.invitationUrl();
            queryUrl = system.queryUrl();
            mongoUri = infrastructure.mongoUri();
            kafkaBootstrap = infrastructure.kafkaBootstrapServers();
            mail = MailWatch.embedded(infrastructure.mail());
        } else {
            membershipUrl = options.membershipUrl();
            invitationUrl = options.invitationUrl();
            queryUrl = options.queryUrl();
            mongoUri = options.mongoUri();
            kafkaBootstrap = options.kafkaBootstrap();
            String[] imap = options.imap().split(":");
            mail = MailWatch.imap(imap[0], Integer.parseInt(imap[1]));
        }
    }

    /** Fresh data directory, free ports: nothing left over from an earlier run is measured. */
    static Target start(BenchOptions options) throws IOException {
        if (options.remote()) {
            return new Target(options, null, null, null);
        }
        deleteRecursively(options.dataDir());
        Files.createDirectories(options.dataDir());
        if (options.colocated()) {
            return startStack(options);
        }
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.builder().dataDirectory(options.dataDir())
                .start();
        String secret = randomSecret();
        Map<String, String> extra = new HashMap<>();
        try {
            RunningSystem system = RunningSystem.start(infrastructure, ServicePorts.free(), options.servicesDir(),
                    options.dataDir().resolve("logs"), secret, extra);
            return new Target(options, infrastructure, system, secret);
        } catch (RuntimeException | IOException e) {
            infrastructure.close();
            throw e;
        }
    }

    /** Runs bin/start itself (so its JVM settings are the ones measured) on a fresh data directory. */
    private static Target startStack(BenchOptions options) throws IOException {
        Path logs = Files.createDirectories(options.dataDir().resolve("logs"));
        ProcessBuilder builder = new ProcessBuilder("bin/start")
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve("embedded-stack.log").toFile());
        builder.environment().put("DATA_DIR", options.dataDir().toString());
        Process stack = builder.start();
        try {
            for (String url : java.util.List.of("http://localhost:8081", "http://localhost:8082",
                    "http://localhost:8083", "http://localhost:8084")) {
                awaitHealthy(stack, url);
            }
            String secret = Files.readString(options.dataDir().resolve("link-secret")).trim();
            return new Target(options, stack, secret);
        } catch (RuntimeException | IOException e) {
            stack.destroy();
            throw e;
        }
    }

    private static void awaitHealthy(Process stack, String url) {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(url + "/actuator/health")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + startupTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            if (!stack.isAlive()) {
                throw new IllegalStateException("bin/start exited with " + stack.exitValue()
                        + "; see bench/target/bench-data/logs/embedded-stack.log");
            }
            try {
                if (http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            try {
                stack.waitFor(250, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        throw new IllegalStateException(url + " not healthy after " + startupTimeout());
    }

    boolean embedded() {
        return system != null || stack != null;
    }

    /** Services of the system under test that the harness started as processes of their own. */
    boolean separateServices() {
        return system != null;
    }

    boolean colocated() {
        return stack != null;
    }

    /** Each service's own metrics (its meter registry), whatever the JVMs they share. */
    Map<String, String> metricUrls() {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("membership-service", membershipUrl);
        urls.put("invitation-service", invitationUrl);
        if (system != null || stack != null) {
            urls.put("notification-service", system != null ? system.notificationUrl() : "http://localhost:8083");
        }
        urls.put("query-service", queryUrl);
        return urls;
    }

    /** Where to read the heap of each JVM the system under test runs in (one for the colocated stack). */
    Map<String, String> serviceUrls() {
        Map<String, String> urls = new LinkedHashMap<>();
        if (stack != null) {
            urls.put(STACK, membershipUrl); // one JVM: any service's heap figures are the whole stack's
            return urls;
        }
        urls.put("membership-service", membershipUrl);
        urls.put("invitation-service", invitationUrl);
        if (system != null) {
            urls.put("notification-service", system.notificationUrl());
        }
        urls.put("query-service", queryUrl);
        return urls;
    }

    /** Process ids of the service JVMs this harness started (found among its child processes). */
    Map<String, Long> servicePids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        if (stack != null) {
            pids.put(STACK, stack.pid());
            return pids;
        }
        if (system == null) {
            return pids;
        }
        ProcessHandle.current().children().forEach(child -> {
            String line = child.info().commandLine().orElse("");
            for (String name : SERVICES) {
                if (line.contains(name + "-exec.jar") && !line.contains("bench-rebuild")) {
                    pids.put(name, child.pid());
                }
            }
        });
        return pids;
    }

    /**
     * A second query-service with its own consumer group and database: it rebuilds every read model from offset 0
     * of the topics. Needs the service jars, so only where the harness can start processes.
     */
    ServiceProcess startRebuildingQueryService(String group, String database, int port) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("MONGO_URI", mongoUri);
        env.put("KAFKA_BOOTSTRAP", kafkaBootstrap);
        env.put("JWKS_URI", membershipUrl + "/.well-known/jwks.json");
        env.put("JWT_ISSUER", membershipUrl);
        env.put("MEMBERSHIP_URL", membershipUrl);
        env.put("INVITATION_URL", invitationUrl);
        env.put("PUBLIC_BASE_URL", invitationUrl);
        if (linkSecret != null) {
            env.put("LINK_SECRET", linkSecret);
        }
        env.put("SPRING_KAFKA_CONSUMER_GROUP_ID", group);
        env.put("SPRING_DATA_MONGODB_DATABASE", database);
        env.put("SPRING_APPLICATION_NAME", "query-service-bench-rebuild");
        Path logs = options.dataDir().resolve("logs").resolve("bench-rebuild");
        return ServiceProcess.start("query-service", options.servicesDir().resolve("query-service-exec.jar"), port,
                env, logs, "384m");
    }

    Optional<ProcessHandle> processOn(int port) {
        return ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().orElse("").contains("--server.port=" + port)).findFirst();
    }

    Path logDir() {
        return options.dataDir().resolve("logs");
    }

    private static String randomSecret() {
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Override
    public void close() {
        if (mail instanceof NotificationTopicWatch watch) {
            watch.close();
        }
        if (stack != null) {
            stack.destroy();
            try {
                if (!stack.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    stack.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stack.destroyForcibly();
            }
        }
        if (system != null) {
            system.close();
        }
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    static Duration startupTimeout() {
        return Duration.ofMinutes(3);
    }
}
