package io.membership.infra;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * One {@link Infrastructure} per JVM, started on first use and stopped by a shutdown hook, so that all the
 * integration tests of a test run share one Kafka broker, one MongoDB server and one mail server.
 * <p>
 * Which kind is chosen by the system property {@code infra}, else the environment variable {@code infra} (or
 * {@code INFRA}):
 * <ul>
 *   <li>{@code embedded}: {@link EmbeddedInfrastructure} with temporary data;</li>
 *   <li>{@code containers}: {@link ContainerInfrastructure}, failing if there is no Docker engine;</li>
 *   <li>unset: containers when Testcontainers finds a Docker engine, embedded otherwise.</li>
 * </ul>
 * The returned instance ignores {@link Infrastructure#close()}: other tests still use it.
 */
public final class SharedInfrastructure {

    public static final String SELECTOR = "infra";

    private static final Logger log = LoggerFactory.getLogger(SharedInfrastructure.class);

    private static Infrastructure instance;

    private SharedInfrastructure() {
    }

    public static synchronized Infrastructure get() {
        if (instance == null) {
            Infrastructure started = start(kind());
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "shared-infrastructure-shutdown"));
            instance = new Unclosable(started);
        }
        return instance;
    }

    enum Kind { EMBEDDED, CONTAINERS, AUTO }

    static Kind kind() {
        String selected = System.getProperty(SELECTOR);
        if (selected == null || selected.isBlank()) {
            selected = System.getenv(SELECTOR);
        }
        if (selected == null || selected.isBlank()) {
            selected = System.getenv(SELECTOR.toUpperCase(Locale.ROOT));
        }
        if (selected == null || selected.isBlank()) {
            return Kind.AUTO;
        }
        return switch (selected.trim().toLowerCase(Locale.ROOT)) {
            case "embedded" -> Kind.EMBEDDED;
            case "containers", "container", "testcontainers" -> Kind.CONTAINERS;
            default -> throw new IllegalArgumentException(
                    "Unknown " + SELECTOR + "=" + selected + " (expected embedded or containers)");
        };
    }

    private static Infrastructure start(Kind kind) {
        boolean containers = switch (kind) {
            case CONTAINERS -> true;
            case EMBEDDED -> false;
            case AUTO -> DockerClientFactory.instance().isDockerAvailable();
        };
        log.info("Starting shared {} infrastructure ({}={})", containers ? "container" : "embedded", SELECTOR,
                kind.name().toLowerCase(Locale.ROOT));
        return containers ? ContainerInfrastructure.start() : EmbeddedInfrastructure.startTemporary();
    }

    private record Unclosable(Infrastructure delegate) implements Infrastructure {

        @Override
        public String kafkaBootstrapServers() {
            return delegate.kafkaBootstrapServers();
        }

        @Override
        public String mongoUri() {
            return delegate.mongoUri();
        }

        @Override
        public String smtpHost() {
            return delegate.smtpHost();
        }

        @Override
        public int smtpPort() {
            return delegate.smtpPort();
        }

        @Override
        public Inbox inbox() {
            return delegate.inbox();
        }

        @Override
        public String describe() {
            return delegate.describe();
        }

        @Override
        public void close() {
            log.debug("Ignoring close() of the shared infrastructure; it stops when the JVM exits");
        }

        @Override
        public String toString() {
            return "shared " + delegate.getClass().getSimpleName();
        }
    }
}
