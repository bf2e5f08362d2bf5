package io.membership.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.properties.PropertiesUtils;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Apache Kafka broker in KRaft mode (broker and controller in one process), running inside this JVM.
 * <p>
 * The data directory holds both the metadata log and the topic logs. It is formatted only when it holds no
 * {@code meta.properties} yet, so topics, records and committed offsets survive a restart on the same directory.
 * A {@code null} directory means a temporary one, deleted on {@link #close()}.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final String HOST = "127.0.0.1";
    private static final int NODE_ID = 1;
    private static final String META_PROPERTIES = "meta.properties";
    private static final int MAX_ATTEMPTS = 3;

    private final Path configuredDataDirectory;
    private final int requestedPort;
    private final Duration startupTimeout;
    private final Map<String, String> overrides = new HashMap<>();

    private Path dataDirectory;
    private boolean temporaryDirectory;
    private int port;
    private KafkaRaftServer server;

    /**
     * @param dataDirectory where the broker keeps its logs; {@code null} for a temporary directory
     * @param port          the client (PLAINTEXT) listener port; 0 picks a free one
     */
    public EmbeddedKafka(Path dataDirectory, int port) {
        this(dataDirectory, port, Duration.ofSeconds(60));
    }

    public EmbeddedKafka(Path dataDirectory, int port, Duration startupTimeout) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        this.configuredDataDirectory = dataDirectory;
        this.requestedPort = port;
        this.startupTimeout = startupTimeout;
    }

    /** Overrides or adds a broker setting; call before {@link #start()}. */
    public EmbeddedKafka withBrokerProperty(String key, String value) {
        overrides.put(key, value);
        return this;
    }

    public synchronized EmbeddedKafka start() {
        if (server != null) {
            return this;
        }
        long startedAt = System.nanoTime();
        for (int attempt = 1; server == null; attempt++) {
            try {
                startOnce();
            } catch (RuntimeException | IOException e) {
                Path directory = dataDirectory;
                closeQuietly();
                // ports are picked before the broker binds them, so another process may take one in between
                if (attempt < MAX_ATTEMPTS && isPortClash(e)) {
                    log.info("A port was taken while Kafka was starting, retrying: {}", e.toString());
                    continue;
                }
                throw new IllegalStateException("Embedded Kafka did not start (data directory " + directory + ")", e);
            }
        }
        log.info("Embedded Kafka started on {} with data in {} ({} ms)", bootstrapServers(), dataDirectory,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt));
        return this;
    }

    public synchronized String bootstrapServers() {
        requireStarted();
        return HOST + ":" + port;
    }

    public synchronized int port() {
        requireStarted();
        return port;
    }

    public synchronized Path dataDirectory() {
        requireStarted();
        return dataDirectory;
    }

    /** The cluster id written by the storage formatter at the first start on this directory. */
    public synchronized String clusterId() {
        requireStarted();
        try {
            return PropertiesUtils.readPropertiesFile(dataDirectory.resolve(META_PROPERTIES).toString())
                    .getProperty("cluster.id");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + META_PROPERTIES + " in " + dataDirectory, e);
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public synchronized void close() {
        if (server == null && dataDirectory == null) {
            return;
        }
        closeQuietly();
        log.info("Embedded Kafka stopped");
    }

    private void startOnce() throws IOException {
        prepareDataDirectory();
        port = requestedPort == 0 ? FreePorts.find() : requestedPort;
        // the controller listener must have a fixed port up front: it is named in controller.quorum.voters
        KafkaConfig config = KafkaConfig.fromProps(brokerProperties(port, FreePorts.find()), false);
        formatIfEmpty();
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        awaitBrokerAnswers();
    }

    private static boolean isPortClash(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    private void prepareDataDirectory() throws IOException {
        if (configuredDataDirectory == null) {
            dataDirectory = Files.createTempDirectory("embedded-kafka-");
            temporaryDirectory = true;
        } else {
            dataDirectory = Files.createDirectories(configuredDataDirectory).toAbsolutePath();
            temporaryDirectory = false;
        }
    }

    private Properties brokerProperties(int clientPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + HOST + ":" + clientPort + ",CONTROLLER://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + clientPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dataDirectory.toString());
        p.put("metadata.log.dir", dataDirectory.toString());
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "10");
        p.put("min.insync.replicas", "1");
        p.put("default.replication.factor", "1");
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "3");
        p.put("log.retention.ms", "-1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // after a kill -9 the controller waits for the dead incarnation's session to lapse before the new one may
        // register: 9 s by default, most of a restart's time (issue 24); one node needs no grace for slow peers
        p.put("broker.session.timeout.ms", "2000");
        p.put("broker.heartbeat.interval.ms", "500");
        // The cleaner only compacts __consumer_offsets here; its default 128 MiB dedupe buffer would be a quarter
        // of the embedded default's memory. 4 MiB dedupes about 170,000 offset keys per pass.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        p.put("log.cleaner.io.buffer.size", String.valueOf(256 * 1024));
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("server.max.startup.time.ms", String.valueOf(startupTimeout.toMillis()));
        p.putAll(overrides);
        return p;
    }

    private void formatIfEmpty() {
        if (Files.exists(dataDirectory.resolve(META_PROPERTIES))) {
            log.debug("{} is already formatted", dataDirectory);
            return;
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintStream printStream = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(printStream)
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName("CONTROLLER")
                    .addDirectory(dataDirectory.toString())
                    .setMetadataLogDirectory(dataDirectory.toString())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Formatting KRaft storage in " + dataDirectory + " failed: " + output, e);
        }
        log.info("Formatted KRaft storage: {}", output.toString(StandardCharsets.UTF_8).trim());
    }

    private void awaitBrokerAnswers() {
        Properties adminProperties = new Properties();
        adminProperties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, HOST + ":" + port);
        long deadline = System.nanoTime() + startupTimeout.toNanos();
        try (Admin admin = Admin.create(adminProperties)) {
            while (true) {
                long remainingMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (remainingMillis <= 0) {
                    throw new IllegalStateException("Broker did not answer within " + startupTimeout);
                }
                try {
                    admin.describeCluster().nodes().get(Math.min(remainingMillis, 5_000), TimeUnit.MILLISECONDS);
                    return;
                } catch (ExecutionException | TimeoutException e) {
                    log.debug("Broker not answering yet: {}", e.toString());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the broker", e);
        }
    }

    private void closeQuietly() {
        if (server != null) {
            try {
                server.shutdown();
                server.awaitShutdown();
            } catch (RuntimeException e) {
                log.warn("Embedded Kafka did not shut down cleanly", e);
            }
            server = null;
        }
        if (temporaryDirectory && dataDirectory != null) {
            Directories.deleteRecursively(dataDirectory);
        }
        dataDirectory = null;
    }

    private void requireStarted() {
        if (server == null) {
            throw new IllegalStateException("Embedded Kafka is not running");
        }
    }
}
