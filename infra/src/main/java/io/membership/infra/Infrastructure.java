package io.membership.infra;

/**
 * The external systems the services need: a Kafka broker, a MongoDB server and an SMTP server whose mail can be read
 * back through {@link #inbox()}.
 */
public interface Infrastructure extends AutoCloseable {

    String kafkaBootstrapServers();

    /** {@code mongodb://host:port}, without a database name. */
    String mongoUri();

    String smtpHost();

    int smtpPort();

    Inbox inbox();

    /** A human-readable summary of what runs where, for logs and the launcher's banner. */
    String describe();

    @Override
    void close();
}
