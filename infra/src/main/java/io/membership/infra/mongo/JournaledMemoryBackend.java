package io.membership.infra.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedded default's MongoDB storage: every collection in memory (with real secondary indexes), every write
 * recorded in a {@link Journal} before it is answered, replayed at start. Writes are applied one at a time, so the
 * journal's order is the order of the changes; each record is the state of one document after a write, so replaying
 * it is deterministic. The journal is compacted into a snapshot of the live data at start and whenever it has grown
 * to several times that size.
 */
public final class JournaledMemoryBackend extends IndexedMemoryBackend {

    private static final Logger log = LoggerFactory.getLogger(JournaledMemoryBackend.class);
    private static final Set<String> DOCUMENT_WRITES = Set.of("insert", "update", "delete", "findandmodify");
    private static final Set<String> SHAPE_COMMANDS = Set.of("createindexes", "dropindexes", "drop", "dropdatabase",
            "create");
    private static final long MIN_COMPACTION_BYTES = 64L * 1024 * 1024;

    private final long minCompactionBytes;
    private final AtomicLong compactions = new AtomicLong();

    private final Object writeLock = new Object();
    private final Path file;
    private final TouchedDocuments touched = new TouchedDocuments();
    private final Channel replayChannel = new EmbeddedChannel();
    private final ScheduledExecutorService syncer;
    private Journal journal;
    private long compactedSize;

    public JournaledMemoryBackend(Path file) {
        this(file, MIN_COMPACTION_BYTES);
    }

    JournaledMemoryBackend(Path file, long minCompactionBytes) {
        this.minCompactionBytes = minCompactionBytes;
        this.file = file.toAbsolutePath();
        long started = System.nanoTime();
        long records = Journal.read(this.file, this::replay);
        compact();
        enableOplog();
        log.info("MongoDB journal {}: {} records replayed in {} ms", this.file, records,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        syncer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mongo-journal-sync");
            thread.setDaemon(true);
            return thread;
        });
        syncer.scheduleWithFixedDelay(this::syncAndMaybeCompact, 100, 100, TimeUnit.MILLISECONDS);
    }

    /** Fills a fresh journal at {@code file} with everything {@code source} holds (a one-time import). */
    public static void importInto(Path file, de.bwaldvogel.mongo.MongoBackend source) {
        Path temporary = file.resolveSibling(file.getFileName() + ".import");
        deleteQuietly(temporary);
        try (Journal target = Journal.openForAppend(temporary)) {
            BackendSnapshot.write(source, target);
        }
        move(temporary, file);
    }

    @Override
    protected Oplog createOplog() {
        return touched;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (!DOCUMENT_WRITES.contains(name) && !SHAPE_COMMANDS.contains(name)) {
            return super.handleCommand(channel, databaseName, command, query);
        }
        synchronized (writeLock) {
            boolean hidesId = name.equals("findandmodify") && FindAndModifyIds.hidesId(query);
            Document effective = hidesId ? FindAndModifyIds.withId(query) : query;
            Document response = null;
            try {
                response = super.handleCommand(channel, databaseName, command, effective);
                return hidesId ? FindAndModifyIds.withoutId(response) : response;
            } finally {
                if (name.equals("findandmodify") && response != null) {
                    FindAndModifyIds.touched(response).forEach(id ->
                            touched.touch(databaseName + "." + query.get(command), id));
                }
                recordTouched();
                if (SHAPE_COMMANDS.contains(name) && response != null && isOk(response)) {
                    journal.add(Journal.Kind.COMMAND, databaseName, commandOnly(query));
                }
                journal.write();
            }
        }
    }

    private void recordTouched() {
        for (Map.Entry<String, Set<Object>> namespace : touched.drain().entrySet()) {
            String ns = namespace.getKey();
            MongoDatabase database = resolveDatabase(Utils.getDatabaseNameFromFullName(ns));
            MongoCollection<?> collection = database.resolveCollection(Utils.getCollectionNameFromFullName(ns), false);
            for (Object id : namespace.getValue()) {
                Document current = collection == null ? null : first(collection.handleQuery(new Document("_id", id)));
                if (current != null) {
                    journal.add(Journal.Kind.PUT, ns, current);
                } else {
                    journal.add(Journal.Kind.DELETE, ns, new Document("_id", id));
                }
            }
        }
    }

    private void replay(Journal.Entry entry) {
        switch (entry.kind()) {
            case PUT -> {
                String ns = entry.name();
                Document update = new Document("q", new Document("_id", entry.document().get("_id")))
                        .append("u", entry.document()).append("upsert", true);
                apply(Utils.getDatabaseNameFromFullName(ns), new Document("update",
                        Utils.getCollectionNameFromFullName(ns)).append("updates", java.util.List.of(update)));
            }
            case DELETE -> {
                String ns = entry.name();
                Document delete = new Document("q", entry.document()).append("limit", 1);
                apply(Utils.getDatabaseNameFromFullName(ns), new Document("delete",
                        Utils.getCollectionNameFromFullName(ns)).append("deletes", java.util.List.of(delete)));
            }
            case COMMAND -> apply(entry.name(), entry.document());
        }
    }

    private void apply(String database, Document command) {
        Document response = super.handleCommand(replayChannel, database, command.keySet().iterator().next(), command);
        if (!isOk(response) || response.containsKey("writeErrors")) {
            throw new IllegalStateException("MongoDB journal " + file + " cannot be replayed: " + command.keySet()
                    + " answered " + response);
        }
    }

    private void syncAndMaybeCompact() {
        try {
            Journal current;
            synchronized (writeLock) {
                current = journal;
            }
            current.force();
            if (current.size() > Math.max(minCompactionBytes, 4 * compactedSize)) {
                synchronized (writeLock) {
                    compact();
                }
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            // the journal in use stays as it was: compaction only replaces it once the snapshot is complete
            log.warn("MongoDB journal {}: {}", file, e.toString());
        }
    }

    /**
     * Replaces the journal with a snapshot of the live data; on any failure the current journal stays in use.
     * Caller holds the write lock (or is the constructor).
     */
    private void compact() {
        if (journal != null) {
            journal.write();
            journal.force();
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".compacting");
        deleteQuietly(temporary); // left by a crash during an earlier compaction
        try (Journal snapshot = Journal.openForAppend(temporary)) {
            BackendSnapshot.write(this, snapshot);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temporary);
            throw e;
        }
        move(temporary, file);
        Journal previous = journal;
        journal = Journal.openForAppend(file);
        compactedSize = journal.size();
        compactions.incrementAndGet();
        if (previous != null) {
            previous.close();
        }
    }

    /** How many times the journal was compacted since this backend opened it (the one at start included). */
    long compactions() {
        return compactions.get();
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("cannot delete {}: {}", path, e.toString());
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + to, e);
        }
    }

    @Override
    public void close() {
        syncer.shutdownNow();
        synchronized (writeLock) {
            super.close();
            journal.close();
        }
    }

    private static Document commandOnly(Document query) {
        Document command = new Document();
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            if (!entry.getKey().startsWith("$") && !entry.getKey().equals("lsid")) {
                command.put(entry.getKey(), entry.getValue());
            }
        }
        return command;
    }

    private static boolean isOk(Document response) {
        return response.get("ok") instanceof Number ok && ok.doubleValue() == 1.0;
    }

    private static Document first(Iterable<Document> documents) {
        Iterator<Document> iterator = documents.iterator();
        return iterator.hasNext() ? iterator.next() : null;
    }
}
