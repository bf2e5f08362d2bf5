package io.membership.launcher;

import io.membership.infra.Infrastructure;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The four services and the gateway, each in its own JVM, wired to one infrastructure: what production looks like, on one machine.
 * Every service gets only the addresses it needs, through environment variables.
 */
public final class RunningSystem implements Services {

    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    private final ServiceSupervisor supervisor = new ServiceSupervisor(this::startHealthy, this::replace);
    private final ServicePorts ports;
    private final Infrastructure infrastructure;
    private final Path servicesDir;
    private final Path logDir;
    private final String linkSecret;
    private final Map<String, String> extraEnvironment;

    private RunningSystem(Infrastructure infrastructure, ServicePorts ports, Path servicesDir, Path logDir,
                          String linkSecret, Map<String, String> extraEnvironment) {
        this.infrastructure = infrastructure;
        this.ports = ports;
        this.servicesDir = servicesDir;
        this.logDir = logDir;
        this.linkSecret = linkSecret;
        this.extraEnvironment = extraEnvironment;
    }

    public static RunningSystem start(Infrastructure infrastructure, ServicePorts ports, Path servicesDir, Path logDir,
                                      String linkSecret, Map<String, String> extraEnvironment) throws IOException {
        RunningSystem system = new RunningSystem(infrastructure, ports, servicesDir, logDir, linkSecret,
                extraEnvironment);
        try {
            for (String name : List.of("membership-service", "invitation-service", "notification-service",
                    "query-service", "gateway")) {
                system.services.add(system.startService(name));
            }
            for (ServiceProcess service : system.services) {
                service.awaitHealthy(Duration.ofMinutes(3));
                system.supervisor.watch(service);
            }
            return system;
        } catch (RuntimeException | IOException e) {
            system.close();
            throw e;
        }
    }

    private ServiceProcess startService(String name) throws IOException {
        Path jar = servicesDir.resolve(name + "-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("missing " + jar + ": build first with ./mvnw -DskipTests package");
        }
        return ServiceProcess.start(name, jar, ports.of(name), environment(), logDir,
                name.equals("gateway") ? "192m" : "384m");
    }

    public ServiceProcess restart(String name) throws IOException {
        service(name).close();
        ServiceProcess fresh = startHealthy(name);
        replace(fresh);
        supervisor.watch(fresh);
        return fresh;
    }

    private ServiceProcess startHealthy(String name) throws IOException {
        ServiceProcess fresh = startService(name);
        try {
            fresh.awaitHealthy(Duration.ofMinutes(3));
            return fresh;
        } catch (RuntimeException e) {
            fresh.close();
            throw e;
        }
    }

    private void replace(ServiceProcess fresh) {
        services.replaceAll(service -> service.name().equals(fresh.name()) ? fresh : service);
    }

    private Map<String, String> environment() {
        return environment(infrastructure, ports, linkSecret, extraEnvironment);
    }

    /** What each service is told about its surroundings, by the names its application.yml reads. */
    static Map<String, String> environment(Infrastructure infrastructure, ServicePorts ports, String linkSecret,
                                           Map<String, String> extraEnvironment) {
        String membershipUrl = "http://localhost:" + ports.membership();
        String invitationUrl = "http://localhost:" + ports.invitation();
        String gatewayUrl = "http://localhost:" + ports.gateway();
        Map<String, String> env = new HashMap<>();
        env.put("MONGO_URI", infrastructure.mongoUri());
        env.put("KAFKA_BOOTSTRAP", infrastructure.kafkaBootstrapServers());
        env.put("SMTP_HOST", infrastructure.smtpHost());
        env.put("SMTP_PORT", String.valueOf(infrastructure.smtpPort()));
        env.put("JWKS_URI", membershipUrl + "/.well-known/jwks.json");
        env.put("JWT_ISSUER", membershipUrl);
        env.put("MEMBERSHIP_URL", membershipUrl);
        env.put("INVITATION_URL", invitationUrl);
        env.put("NOTIFICATION_URL", "http://localhost:" + ports.notification());
        env.put("QUERY_URL", "http://localhost:" + ports.query());
        env.put("PUBLIC_BASE_URL", gatewayUrl);
        env.put("LINK_SECRET", linkSecret);
        env.put("SIGNING_KEY_SECRET", derivedSecret(linkSecret, "signing-key-encryption"));
        env.putAll(extraEnvironment);
        return env;
    }

    /** One generated secret per data directory, expanded into independent secrets per purpose. */
    static String derivedSecret(String secret, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    public ServiceProcess service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name));
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    @Override
    public ServicePorts ports() {
        return ports;
    }

    /** Stops all services at once: one by one, the last ones could outlast a test JVM's exit and be orphaned. */
    @Override
    public void close() {
        supervisor.close();
        services.parallelStream().forEach(ServiceProcess::close);
    }
}
