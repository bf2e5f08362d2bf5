package io.membership.infra;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka, MongoDB and mail all running inside this JVM.
 * <p>
 * With a data directory, Kafka keeps its logs in {@code <dir>/kafka} and MongoDB its journal in
 * {@code <dir>/mongo.journal}, so both survive a restart; mail is always kept in memory. Without one, Kafka uses a
 * temporary directory deleted on {@link #close()} and MongoDB keeps everything in memory.
 */
public final class EmbeddedInfrastructure implements Infrastructure {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedInfrastructure.class);

    private final Path dataDirectory;
    private final EmbeddedKafka kafka;
    private final EmbeddedMongo mongo;
    private final EmbeddedMail mail;
    private final Inbox inbox;

    private EmbeddedInfrastructure(Builder builder) {
        this.dataDirectory = builder.dataDirectory == null ? null : builder.dataDirectory.toAbsolutePath();
        this.kafka = new EmbeddedKafka(dataDirectory == null ? null : dataDirectory.resolve("kafka"), builder.kafkaPort);
        this.mongo = new EmbeddedMongo(dataDirectory == null ? null : dataDirectory.resolve("mongo.journal"), builder.mongoPort);
        this.mail = new EmbeddedMail(builder.smtpPort, builder.imapPort);
        try {
            kafka.start();
            mongo.start();
            mail.start();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        this.inbox = mail.inbox();
        log.info("{}", describe());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts everything on free ports with throw-away data. */
    public static EmbeddedInfrastructure startTemporary() {
        return builder().start();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String mongoUri() {
        return mongo.connectionString();
    }

    @Override
    public String smtpHost() {
        return mail.host();
    }

    @Override
    public int smtpPort() {
        return mail.smtpPort();
    }

    public int imapPort() {
        return mail.imapPort();
    }

    @Override
    public Inbox inbox() {
        return inbox;
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public EmbeddedMongo mongo() {
        return mongo;
    }

    public EmbeddedMail mail() {
        return mail;
    }

    @Override
    public String describe() {
        String data = dataDirectory == null ? "temporary, discarded on close" : dataDirectory.toString();
        return String.join(System.lineSeparator(),
                "Embedded infrastructure (data: " + data + ")",
                "  Kafka   " + kafka.bootstrapServers() + "  (KRaft, logs in " + kafka.dataDirectory() + ")",
                "  MongoDB " + mongo.connectionString() + "  (" + mongo.describeStorage() + ")",
                "  SMTP    " + mail.host() + ":" + mail.smtpPort() + "  (no authentication, any recipient)",
                "  IMAP    " + mail.host() + ":" + mail.imapPort()
                        + "  (login and password = the recipient's address, mail kept in memory)");
    }

    @Override
    public void close() {
        closeQuietly(mail);
        closeQuietly(mongo);
        closeQuietly(kafka);
    }

    private static void closeQuietly(AutoCloseable part) {
        try {
            part.close();
        } catch (Exception e) {
            log.warn("Could not stop {}", part.getClass().getSimpleName(), e);
        }
    }

    public static final class Builder {
        private Path dataDirectory;
        private int kafkaPort;
        private int mongoPort;
        private int smtpPort;
        private int imapPort;

        private Builder() {
        }

        /** Where Kafka and MongoDB keep their data; {@code null} (the default) means temporary / in memory. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        /** 0 (the default) picks a free port. */
        public Builder kafkaPort(int port) {
            this.kafkaPort = port;
            return this;
        }

        /** 0 (the default) picks a free port. */
        public Builder mongoPort(int port) {
            this.mongoPort = port;
            return this;
        }

        /** 0 (the default) picks a free port. */
        public Builder smtpPort(int port) {
            this.smtpPort = port;
            return this;
        }

        /** 0 (the default) picks a free port. */
        public Builder imapPort(int port) {
            this.imapPort = port;
            return this;
        }

        public EmbeddedInfrastructure start() {
            return new EmbeddedInfrastructure(this);
        }
    }
}
