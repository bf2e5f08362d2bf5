package io.membership.infra.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The indexed backend must answer exactly what the plain memory backend answers (which scans and so is the
 * reference), for the query shapes the services send, after inserts, updates and deletes.
 */
class IndexedMemoryBackendIntegrationTest {

    private static IndexedMemoryBackend indexedBackend;
    private static MongoServer plainServer;
    private static MongoServer indexedServer;
    private static MongoClient plain;
    private static MongoClient indexed;

    @BeforeAll
    static void start() {
        plainServer = new MongoServer(new MemoryBackend());
        indexedBackend = new IndexedMemoryBackend();
        indexedServer = new MongoServer(indexedBackend);
        plain = MongoClients.create("mongodb://127.0.0.1:" + plainServer.bind().getPort());
        indexed = MongoClients.create("mongodb://127.0.0.1:" + indexedServer.bind().getPort());
    }

    @AfterAll
    static void stop() {
        plain.close();
        indexed.close();
        plainServer.shutdownNow();
        indexedServer.shutdownNow();
    }

    private static void both(String collection, java.util.function.Consumer<MongoCollection<Document>> action) {
        action.accept(plain.getDatabase("t").getCollection(collection));
        action.accept(indexed.getDatabase("t").getCollection(collection));
    }

    private static <T> void sameAnswer(String collection, Function<MongoCollection<Document>, T> query) {
        T expected = query.apply(plain.getDatabase("t").getCollection(collection));
        T actual = query.apply(indexed.getDatabase("t").getCollection(collection));
        assertThat(actual).as("indexed answer").isEqualTo(expected);
    }

    @Test
    void membersPageQueriesAnswerAsAScanDoes() {
        both("members", c -> {
            c.createIndex(Indexes.ascending("workspaceId", "emailKey", "memberId"));
            c.createIndex(Indexes.ascending("workspaceId", "state", "emailKey", "memberId"));
            c.createIndex(Indexes.ascending("workspaceId", "roles", "emailKey", "memberId"));
        });
        Random random = new Random(7);
        List<Document> rows = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            rows.add(new Document("_id", "m" + i)
                    .append("workspaceId", "w" + random.nextInt(4))
                    .append("memberId", "m" + i)
                    .append("emailKey", "e" + random.nextInt(300) + "@x")
                    .append("state", List.of("INVITED", "ACTIVE", "REVOKED").get(random.nextInt(3)))
                    .append("roles", random.nextBoolean() ? List.of("MEMBER") : List.of("MEMBER", "ADMIN"))
                    .append("seq", (long) random.nextInt(50)));
        }
        both("members", c -> c.insertMany(rows.stream().map(Document::new).toList()));
        both("members", c -> {
            c.updateMany(Filters.eq("state", "REVOKED"), Updates.set("state", "INVITED"));
            c.deleteMany(Filters.and(Filters.eq("workspaceId", "w1"), Filters.lt("seq", 10L)));
            c.updateOne(Filters.eq("_id", "m3"), Updates.set("workspaceId", "w9"));
        });

        long scansBefore = scans("members");
        Bson bySortKey = Sorts.ascending("emailKey", "memberId");
        for (String ws : List.of("w0", "w1", "w2", "w3", "w9", "nope")) {
            sameAnswer("members", c -> c.find(Filters.eq("workspaceId", ws)).sort(bySortKey).limit(50)
                    .into(new ArrayList<>()));
            sameAnswer("members", c -> c.find(Filters.eq("workspaceId", ws)).sort(Sorts.descending("emailKey", "memberId"))
                    .skip(20).limit(10).into(new ArrayList<>()));
            sameAnswer("members", c -> c.find(Filters.and(Filters.eq("workspaceId", ws), Filters.eq("state", "INVITED")))
                    .sort(bySortKey).into(new ArrayList<>()));
            sameAnswer("members", c -> c.find(Filters.and(Filters.eq("workspaceId", ws), Filters.eq("roles", "ADMIN")))
                    .sort(bySortKey).into(new ArrayList<>()));
            sameAnswer("members", c -> c.find(Filters.and(Filters.eq("workspaceId", ws),
                    Filters.or(Filters.gt("emailKey", "e150@x"), Filters.and(Filters.eq("emailKey", "e150@x"),
                            Filters.gt("memberId", "m2"))))).sort(bySortKey).limit(20).into(new ArrayList<>()));
            sameAnswer("members", c -> c.countDocuments(Filters.eq("workspaceId", ws)));
            sameAnswer("members", c -> c.find(Filters.eq("workspaceId", ws)).into(new ArrayList<>()));
            sameAnswer("members", c -> c.find(Filters.and(Filters.eq("workspaceId", ws),
                    Filters.in("emailKey", "e7@x", "e150@x", "e299@x", "e7@x", "none"), Filters.eq("state", "INVITED")))
                    .into(new ArrayList<>()));
            sameAnswer("members", c -> c.find(Filters.and(Filters.eq("workspaceId", ws),
                    Filters.in("emailKey", "e1@x", "e2@x", "e3@x"))).sort(bySortKey).into(new ArrayList<>()));
        }
        sameAnswer("members", c -> c.find(Filters.in("_id", "m1", "m5", "m9", "nope")).into(new ArrayList<>()));
        sameAnswer("members", c -> c.find(Filters.and(Filters.eq("_id", "m5"), Filters.eq("state", "ACTIVE")))
                .into(new ArrayList<>()));
        assertThat(scans("members")).as("queries that scanned").isEqualTo(scansBefore);
        sameAnswer("members", c -> c.find(Filters.eq("seq", 12.0)).into(new ArrayList<>()));
        assertThat(scans("members")).as("a query no index serves scans").isEqualTo(scansBefore + 1);
    }

    private static long scans(String collection) {
        return ((IndexedMemoryCollection) indexedBackend.resolveDatabase("t").resolveCollection(collection, true))
                .scans();
    }

    @Test
    void eventStreamReadsByAggregateAnswerAsAScanDoes() {
        both("domainevents", c -> {
            c.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"), new IndexOptions().unique(true));
            c.createIndex(Indexes.ascending("timestamp", "sequenceNumber"));
        });
        List<Document> events = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            events.add(new Document("aggregateIdentifier", "a" + (i % 7)).append("sequenceNumber", (long) (i / 7))
                    .append("timestamp", new Date(1_000_000L + i)).append("payload", "p" + i));
        }
        both("domainevents", c -> c.insertMany(events.stream().map(Document::new).toList()));
        for (String aggregate : List.of("a0", "a3", "a6", "none")) {
            sameAnswer("domainevents", c -> c.find(Filters.and(Filters.eq("aggregateIdentifier", aggregate),
                    Filters.gte("sequenceNumber", 20L))).sort(Sorts.ascending("sequenceNumber"))
                    .projection(new Document("_id", 0)).into(new ArrayList<>()));
            sameAnswer("domainevents", c -> c.find(Filters.eq("aggregateIdentifier", aggregate))
                    .sort(Sorts.descending("sequenceNumber")).limit(1).projection(new Document("_id", 0))
                    .into(new ArrayList<>()));
        }
        assertThat(scans("domainevents")).as("stream reads that scanned").isZero();
        sameAnswer("domainevents", c -> c.find(Filters.gte("timestamp", new Date(1_000_300L)))
                .sort(Sorts.ascending("timestamp", "sequenceNumber")).limit(30).projection(new Document("_id", 0))
                .into(new ArrayList<>()));
    }

    @Test
    void aRangeOnTheKeyAfterTheEqualitiesNarrowsTheWalkToThatRange() {
        both("long_streams", c -> {
            c.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"), new IndexOptions().unique(true));
            c.createIndex(Indexes.compoundIndex(Indexes.ascending("kind"), Indexes.descending("at")));
        });
        List<Document> events = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            events.add(new Document("aggregateIdentifier", i < 900 ? "hot" : "cold" + (i % 3))
                    .append("sequenceNumber", (long) i).append("kind", "k" + (i % 2)).append("at", new Date(i * 1000L)));
        }
        events.add(new Document("aggregateIdentifier", "hot").append("sequenceNumber", "not a number"));
        both("long_streams", c -> c.insertMany(events.stream().map(Document::new).toList()));

        long before = examined("long_streams");
        sameAnswer("long_streams", c -> c.find(Filters.and(Filters.eq("aggregateIdentifier", "hot"),
                Filters.gte("sequenceNumber", 890L))).sort(Sorts.ascending("sequenceNumber"))
                .projection(new Document("_id", 0)).into(new ArrayList<>()));
        assertThat(examined("long_streams") - before)
                .as("events examined for the last ten of 900 (plus the string, which sorts after every number)")
                .isEqualTo(11);

        sameAnswer("long_streams", c -> c.find(Filters.and(Filters.eq("aggregateIdentifier", "hot"),
                Filters.gt("sequenceNumber", 100), Filters.lt("sequenceNumber", 110.0)))
                .projection(new Document("_id", 0)).into(new ArrayList<>()));
        sameAnswer("long_streams", c -> c.find(Filters.and(Filters.eq("aggregateIdentifier", "hot"),
                Filters.lte("sequenceNumber", 5L))).sort(Sorts.descending("sequenceNumber"))
                .projection(new Document("_id", 0)).into(new ArrayList<>()));
        sameAnswer("long_streams", c -> c.find(Filters.and(Filters.eq("aggregateIdentifier", "hot"),
                Filters.gte("sequenceNumber", "a"))).projection(new Document("_id", 0)).into(new ArrayList<>()));
        sameAnswer("long_streams", c -> c.find(Filters.and(Filters.eq("kind", "k1"),
                Filters.gte("at", new Date(400_000L)), Filters.lt("at", new Date(420_000L))))
                .sort(Sorts.descending("at")).projection(new Document("_id", 0)).into(new ArrayList<>()));
        sameAnswer("long_streams", c -> c.find(Filters.and(Filters.eq("kind", "k0"),
                Filters.gt("at", new Date(990_000L)))).projection(new Document("_id", 0)).into(new ArrayList<>()));
        assertThat(scans("long_streams")).as("range reads that scanned").isZero();
    }

    @Test
    void aRangeOnALeadingKeyServesTheEarliestDueEntryWithoutAScan() {
        both("due", c -> c.createIndex(Indexes.ascending("dueAt")));
        List<Document> entries = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            entries.add(new Document("_id", "e" + i).append("dueAt", new Date((500 - i) * 1000L))
                    .append("claimed", i % 3 == 0));
        }
        both("due", c -> c.insertMany(entries.stream().map(Document::new).toList()));
        long before = examined("due");
        sameAnswer("due", c -> c.findOneAndUpdate(Filters.and(Filters.lte("dueAt", new Date(250_000L)),
                        Filters.or(Filters.eq("claimed", false), Filters.exists("leaseUntil", false))),
                Updates.set("claimed", true), new com.mongodb.client.model.FindOneAndUpdateOptions()
                        .sort(Sorts.ascending("dueAt"))));
        assertThat(examined("due") - before).as("entries examined: those due, not all 500").isLessThanOrEqualTo(250);
        assertThat(scans("due")).as("due reads that scanned").isZero();
    }

    private static long examined(String collection) {
        return ((IndexedMemoryCollection) indexedBackend.resolveDatabase("t").resolveCollection(collection, true))
                .examined();
    }

    @Test
    void aUniqueCompoundIndexStillRefusesADuplicate() {
        MongoCollection<Document> events = indexed.getDatabase("t").getCollection("unique_events");
        events.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"), new IndexOptions().unique(true));
        events.insertOne(new Document("aggregateIdentifier", "a").append("sequenceNumber", 0L));
        assertThatThrownBy(() -> events.insertOne(new Document("aggregateIdentifier", "a").append("sequenceNumber", 0L)))
                .hasMessageContaining("duplicate key");
        assertThat(events.countDocuments(Filters.eq("aggregateIdentifier", "a"))).isEqualTo(1);
    }

    @Test
    void anIndexCreatedOnAFilledCollectionCoversTheDocumentsAlreadyThere() {
        both("late", c -> {
            for (int i = 0; i < 50; i++) {
                c.insertOne(new Document("_id", i).append("k", "v" + (i % 5)));
            }
            c.createIndex(Indexes.ascending("k"));
            c.deleteOne(Filters.eq("_id", 3));
        });
        sameAnswer("late", c -> c.find(Filters.eq("k", "v3")).into(new ArrayList<>()));
        sameAnswer("late", c -> c.find(Filters.eq("k", "v3")).sort(Sorts.descending("k")).into(new ArrayList<>()));
    }
}
