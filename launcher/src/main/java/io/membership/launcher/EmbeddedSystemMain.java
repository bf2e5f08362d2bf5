package io.membership.launcher;

import io.membership.infra.EmbeddedInfrastructure;
import io.membership.parentwatch.ParentWatch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded default: Kafka (KRaft, in-process), MongoDB wire protocol (mongo-java-server, journaled) and SMTP/IMAP
 * (GreenMail) in this JVM, with the four services in it too ({@link ColocatedServices}), or with {@code --separate}
 * each in a child JVM of its own as in production ({@link RunningSystem}). Data lives under {@code .data/} and
 * survives restarts.
 */
public final class EmbeddedSystemMain {

    public static void main(String[] args) throws Exception {
        long startedAt = System.nanoTime();
        followSupervisor();
        Path dataDir = Path.of(System.getProperty("data.dir", ".data")).toAbsolutePath();
        Path servicesDir = Path.of(System.getProperty("services.dir", "launcher/target/services")).toAbsolutePath();
        Files.createDirectories(dataDir);
        int offset = portOffset();
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.builder()
                .dataDirectory(dataDir)
                .kafkaPort(9092 + offset).mongoPort(27017 + offset).smtpPort(3025 + offset).imapPort(3143 + offset)
                .start();
        ServicePorts ports = ServicePorts.defaults().plus(offset);
        boolean separate = List.of(args).contains("--separate");
        Services system;
        try {
            system = separate
                    ? RunningSystem.start(infrastructure, ports, servicesDir, dataDir.resolve("logs"),
                            linkSecret(dataDir), Map.of())
                    : ColocatedServices.start(infrastructure, ports, linkSecret(dataDir), Map.of());
        } catch (RuntimeException | IOException e) {
            infrastructure.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            system.close();
            infrastructure.close();
            stopped.countDown();
        }));
        System.out.println(banner(system, infrastructure, dataDir, separate));
        System.out.println(recovery(Duration.ofNanos(System.nanoTime() - startedAt)));
        stopped.await();
    }

    /**
     * Under bin/start's supervision ({@code -Dsupervisor.pid}): stop with it, so no JVM outlives a supervisor that
     * was killed without a chance to stop its child.
     */
    private static void followSupervisor() {
        String pid = System.getProperty("supervisor.pid");
        if (pid != null) {
            ProcessHandle.of(Long.parseLong(pid)).ifPresentOrElse(ParentWatch::exitWhenGone,
                    () -> System.exit(ParentWatch.PARENT_GONE));
        }
    }

    /** {@code PORT_OFFSET} moves every port (8080 → 8080 + offset, 9092 → 9092 + offset, …); default 0. */
    private static int portOffset() {
        String offset = System.getenv("PORT_OFFSET");
        return offset == null || offset.isBlank() ? 0 : Integer.parseInt(offset.trim());
    }

    /** How long this start took; after a restart by bin/start, that is the time to recover. */
    private static String recovery(Duration took) {
        String restart = System.getenv("MEMBERSHIP_RESTART");
        String seconds = String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
        return restart == null || restart.equals("0") ? "  ready in " + seconds
                : "  recovered in " + seconds + " after restart " + restart + " (data, Kafka log and link secret"
                + " kept in the data directory)";
    }

    /** The link secret is generated once per data directory, so emailed links keep working across restarts. */
    private static String linkSecret(Path dataDir) throws IOException {
        Path file = dataDir.resolve("link-secret");
        if (!Files.exists(file)) {
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        }
        return Files.readString(file, StandardCharsets.UTF_8).trim();
    }

    private static String banner(Services system, EmbeddedInfrastructure infrastructure, Path dataDir,
                                 boolean separate) {
        return """

                Workspace membership is running (embedded default, %s). Ctrl-C stops everything.
                  gateway               %s   (the public origin: every REST API and the web pages)
                  membership-service    %s   (accounts, login, JWKS, workspaces)
                  invitation-service    %s   (invitations, preview, accept)
                  notification-service  %s   (emails; actuator only)
                  query-service         %s   (members page, seats, audit, my workspaces)
                  Kafka                 %s
                  MongoDB               %s
                  SMTP                  localhost:%d
                  IMAP                  localhost:%d   (user = password = the recipient's email)
                  data and logs         %s
                """.formatted(separate ? "one JVM per service" : "one JVM", system.gatewayUrl(), system.membershipUrl(),
                system.invitationUrl(), system.notificationUrl(), system.queryUrl(),
                infrastructure.kafkaBootstrapServers(), infrastructure.mongoUri(),
                infrastructure.smtpPort(), infrastructure.imapPort(), dataDir);
    }

    private EmbeddedSystemMain() {
    }
}
