package io.membership.launcher;

import io.membership.infra.Infrastructure;
import io.membership.infra.SharedInfrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/** One running system per test JVM: starting four service JVMs is the expensive part of these tests. */
final class SharedSystem {

    static final Path LOGS = Path.of("target", "system-logs");
    private static RunningSystem system;

    static synchronized RunningSystem get() {
        if (system == null) {
            Infrastructure infrastructure = SharedInfrastructure.get();
            try {
                system = RunningSystem.start(infrastructure, ServicePorts.free(),
                        Path.of(System.getProperty("services.dir", "target/services")),
                        Files.createDirectories(LOGS), "system-test-link-secret-" + UUID.randomUUID(),
                        Map.of("MEMBERSHIP_INVITATION_EXPIRY", "PT30S",
                                "MEMBERSHIP_SECURITY_MAX_LOGIN_FAILURES_PER_ADDRESS", "15"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(system::close));
        }
        return system;
    }

    static Story story() {
        RunningSystem running = get();
        return new Story(running.membershipUrl(), running.invitationUrl(), running.queryUrl(),
                SharedInfrastructure.get().inbox(), System.out::println);
    }

    private SharedSystem() {
    }
}
