package io.membership.infra;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startable;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.utility.DockerImageName;

/**
 * Kafka (KRaft), MongoDB (single-node replica set) and Mailpit in Docker containers, started with Testcontainers.
 * Data lives as long as the containers.
 */
public final class ContainerInfrastructure implements Infrastructure {

    public static final String KAFKA_IMAGE = "apache/kafka:3.9.1";
    public static final String MONGO_IMAGE = "mongo:7.0";
    public static final String MAILPIT_IMAGE = "axllent/mailpit:v1.21";

    private static final Logger log = LoggerFactory.getLogger(ContainerInfrastructure.class);
    private static final int MAILPIT_SMTP_PORT = 1025;
    private static final int MAILPIT_HTTP_PORT = 8025;

    private final KafkaContainer kafka;
    private final MongoDBContainer mongo;
    private final GenericContainer<?> mailpit;
    private final Inbox inbox;

    private ContainerInfrastructure() {
        kafka = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE))
                // the same single-node settings as EmbeddedKafka
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_DEFAULT_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_MIN_INSYNC_REPLICAS", "1")
                .withEnv("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .withEnv("KAFKA_LOG_RETENTION_MS", "-1")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        mongo = new MongoDBContainer(DockerImageName.parse(MONGO_IMAGE));
        mailpit = new GenericContainer<>(DockerImageName.parse(MAILPIT_IMAGE))
                .withExposedPorts(MAILPIT_SMTP_PORT, MAILPIT_HTTP_PORT)
                .waitingFor(Wait.forHttp("/api/v1/info").forPort(MAILPIT_HTTP_PORT));
        try {
            Startables.deepStart(kafka, mongo, mailpit).join();
        } catch (CompletionException e) {
            close();
            throw new IllegalStateException("Containers did not start", e.getCause());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        inbox = new MailpitInbox(URI.create(mailpitHttpAddress()));
        log.info("{}", describe());
    }

    /** Starts the three containers (in parallel) and waits until they are ready. Needs a Docker engine. */
    public static ContainerInfrastructure start() {
        return new ContainerInfrastructure();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String mongoUri() {
        return mongo.getConnectionString();
    }

    @Override
    public String smtpHost() {
        return mailpit.getHost();
    }

    @Override
    public int smtpPort() {
        return mailpit.getMappedPort(MAILPIT_SMTP_PORT);
    }

    @Override
    public Inbox inbox() {
        return inbox;
    }

    /** The Mailpit web UI and API, e.g. {@code http://localhost:32768}. */
    public String mailpitHttpAddress() {
        return "http://" + mailpit.getHost() + ":" + mailpit.getMappedPort(MAILPIT_HTTP_PORT);
    }

    @Override
    public String describe() {
        return String.join(System.lineSeparator(),
                "Container infrastructure (Testcontainers, data discarded with the containers)",
                "  Kafka   " + kafkaBootstrapServers() + "  (" + KAFKA_IMAGE + ", KRaft)",
                "  MongoDB " + mongoUri() + "  (" + MONGO_IMAGE + ", single-node replica set)",
                "  SMTP    " + smtpHost() + ":" + smtpPort() + "  (" + MAILPIT_IMAGE + ", no authentication)",
                "  Mailpit " + mailpitHttpAddress() + "  (web UI and API to read the mail)");
    }

    @Override
    public void close() {
        for (Startable container : List.<Startable>of(mailpit, mongo, kafka)) {
            try {
                container.stop();
            } catch (RuntimeException e) {
                log.warn("Could not stop {}", container, e);
            }
        }
    }
}
