package io.membership.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.membership.infra.mongo.IndexedMemoryBackend;
import io.membership.infra.mongo.JournaledMemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server (mongo-java-server) inside this JVM, with real secondary indexes.
 * <p>
 * With a data file, collections live in memory and every write is journaled to that file before it is answered
 * ({@link JournaledMemoryBackend}), so documents survive a restart and a killed process; without one everything is
 * in memory only. A data directory written by an earlier version (an H2 file {@code mongo.mv} beside the journal) is
 * imported once and then renamed {@code mongo.mv.imported}. No change streams (nothing uses them).
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);
    private static final String HOST = "127.0.0.1";

    private final Path dataFile;
    private final int requestedPort;

    private MongoServer server;
    private InetSocketAddress address;

    /**
     * @param dataFile the journal holding all databases; {@code null} keeps the data in memory only
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
        return isPersistent() ? "in memory, journaled to " + dataFile.toAbsolutePath() : "in memory";
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        // shutdownNow also closes the backend, which syncs and closes the journal
        server.shutdownNow();
        server = null;
        address = null;
        log.info("Embedded MongoDB stopped");
    }

    private MongoBackend backend() {
        if (dataFile == null) {
            return new IndexedMemoryBackend();
        }
        Path journal = dataFile.toAbsolutePath();
        try {
            Files.createDirectories(journal.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory for " + journal, e);
        }
        importEarlierH2File(journal);
        return new JournaledMemoryBackend(journal);
    }

    private static void importEarlierH2File(Path journal) {
        Path h2File = journal.resolveSibling("mongo.mv");
        if (Files.exists(journal) || !Files.isRegularFile(h2File)) {
            return;
        }
        log.info("Importing the MongoDB data of an earlier version from {}", h2File);
        H2Backend h2 = new H2Backend(h2File.toString());
        try {
            JournaledMemoryBackend.importInto(journal, h2);
        } finally {
            h2.close();
        }
        try {
            Files.move(h2File, h2File.resolveSibling("mongo.mv.imported"));
        } catch (IOException e) {
            throw new UncheckedIOException("Imported " + h2File + " but cannot rename it", e);
        }
    }

    private void requireStarted() {
        if (server == null) {
            throw new IllegalStateException("Embedded MongoDB is not running");
        }
    }
}
