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

    private Target(BenchOptions options, EmbeddedInfrastructure infrastructure, RunningSystem system,
                   String linkSecret) {
        this.options = options;
        this.infrastructure = infrastructure;
        this.system = system;
        this.linkSecret = linkSecret;
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

    boolean embedded() {
        return system != null;
    }

    Map<String, String> serviceUrls() {
        Map<String, String> urls = new LinkedHashMap<>();
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
