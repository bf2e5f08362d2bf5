package io.membership.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server (mongo-java-server) inside this JVM.
 * <p>
 * With a data file it uses the H2 MVStore backend and documents survive a restart on the same file; without one it
 * keeps everything in memory. No oplog, so no change streams (nothing uses them).
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);
    private static final String HOST = "127.0.0.1";

    private final Path dataFile;
    private final int requestedPort;

    private MongoServer server;
    private InetSocketAddress address;

    /**
     * @param dataFile the H2 file holding all databases; {@code null} keeps the data in memory only
     * @param port     0 picks a free port
     */
    public EmbeddedMongo(Path dataFile, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        this.dataFile = dataFile;
        this.requestedPort = port;
    }

    public static EmbeddedMongo inMemory(int port) {
        return new EmbeddedMongo(null, port);
    }

    public synchronized EmbeddedMongo start() {
        if (server != null) {
            return this;
        }
        // No oplog: nothing opens a change stream, and keeping one copies every write (a sixth of the server's CPU).
        MongoServer candidate = new MongoServer(backend());
        try {
            candidate.bind(HOST, requestedPort);
        } catch (RuntimeException e) {
            candidate.shutdownNow();
            throw new IllegalStateException("Embedded MongoDB could not listen on port " + requestedPort, e);
        }
        server = candidate;
        address = candidate.getLocalAddress();
        log.info("Embedded MongoDB started on {} ({})", connectionString(), describeStorage());
        return this;
    }

    /** {@code mongodb://host:port}, without a database name. */
    public synchronized String connectionString() {
        requireStarted();
        return "mongodb://" + HOST + ":" + address.getPort();
    }

    public synchronized int port() {
        requireStarted();
        return address.getPort();
    }

    public boolean isPersistent() {
        return dataFile != null;
    }

    public String describeStorage() {
        return isPersistent() ? "H2 file " + dataFile.toAbsolutePath() : "in memory";
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        // shutdownNow also closes the backend, which commits and closes the H2 store
        server.shutdownNow();
        server = null;
        address = null;
        log.info("Embedded MongoDB stopped");
    }

    private MongoBackend backend() {
        if (dataFile == null) {
            return new MemoryBackend();
        }
        try {
            Path parent = dataFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory for " + dataFile, e);
        }
        return new H2Backend(dataFile.toAbsolutePath().toString());
    }

    private void requireStarted() {
        if (server == null) {
            throw new IllegalStateException("Embedded MongoDB is not running");
        }
    }
}
