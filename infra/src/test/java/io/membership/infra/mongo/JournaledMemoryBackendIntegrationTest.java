package io.membership.infra.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournaledMemoryBackendIntegrationTest {

    @TempDir
    Path directory;

    private Path journal() {
        return directory.resolve("mongo.journal");
    }

    /** Runs {@code use} against a server on {@code backend}, then shuts both down. */
    private static void withServer(MongoBackend backend, Consumer<MongoCollection<Document>> use) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            use.accept(client.getDatabase("membership").getCollection("members"));
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void everyKindOfWriteSurvivesARestart() {
        withServer(new JournaledMemoryBackend(journal()), members -> {
            members.createIndex(Indexes.ascending("workspaceId", "email"));
            members.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
            members.insertMany(List.of(doc("m1", "a@x"), doc("m2", "b@x"), doc("m3", "c@x"), doc("m4", "d@x")));
            members.updateOne(Filters.eq("_id", "m1"), Updates.set("state", "ACTIVE"));
            members.updateMany(Filters.eq("workspaceId", "w"), Updates.inc("version", 1));
            members.deleteOne(Filters.eq("_id", "m2"));
            members.updateOne(Filters.eq("_id", "m9"), Updates.set("email", "z@x"), new UpdateOptions().upsert(true));
            members.findOneAndUpdate(Filters.eq("_id", "m3"), Updates.set("state", "REVOKED"),
                    new FindOneAndUpdateOptions().projection(Projections.excludeId()));
            members.findOneAndDelete(Filters.eq("_id", "m4"));
            members.replaceOne(Filters.eq("_id", "m1"), doc("m1", "a2@x").append("state", "ACTIVE"));
        });

        withServer(new JournaledMemoryBackend(journal()), members -> {
            List<Document> all = members.find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
            assertThat(all).extracting(d -> d.get("_id")).containsExactly("m1", "m3", "m9");
            assertThat(all.get(0).getString("email")).isEqualTo("a2@x");
            assertThat(all.get(0).getString("state")).isEqualTo("ACTIVE");
            assertThat(all.get(1).getString("state")).isEqualTo("REVOKED");
            assertThat(all.get(1).getInteger("version")).isEqualTo(1);
            assertThat(members.listIndexes().into(new ArrayList<>())).extracting(d -> d.getString("name"))
                    .contains("workspaceId_1_email_1", "email_1");
            assertThatThrownBy(() -> members.insertOne(doc("m5", "c@x"))).hasMessageContaining("duplicate key");
        });
    }

    @Test
    void aFindOneAndUpdateThatHidesTheIdStillAnswersWithoutIt() {
        withServer(new JournaledMemoryBackend(journal()), members -> {
            members.insertOne(doc("m1", "a@x"));
            Document answer = members.findOneAndUpdate(Filters.eq("_id", "m1"), Updates.set("state", "X"),
                    new FindOneAndUpdateOptions().projection(Projections.fields(Projections.excludeId(),
                            Projections.include("state"))).returnDocument(ReturnDocument.AFTER));
            assertThat(answer).isEqualTo(new Document("state", "X"));
        });
    }

    @Test
    void writesAnsweredBeforeAKillAreKept() throws IOException {
        JournaledMemoryBackend killed = new JournaledMemoryBackend(journal());
        MongoServer server = new MongoServer(killed);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            client.getDatabase("membership").getCollection("members").insertOne(doc("m1", "a@x"));
        }
        // no close, no sync: a copy of the file as it is at this moment is what a killed process leaves behind
        Path copy = directory.resolve("copy.journal");
        Files.copy(journal(), copy);
        server.shutdownNow();

        withServer(new JournaledMemoryBackend(copy), members ->
                assertThat(members.find(Filters.eq("_id", "m1")).first()).isNotNull());
    }

    @Test
    void aTornLastRecordIsCutOffAndTheRestKept() throws IOException {
        withServer(new JournaledMemoryBackend(journal()), members -> {
            members.insertOne(doc("m1", "a@x"));
            members.insertOne(doc("m2", "b@x"));
        });
        long size = Files.size(journal());
        long records = Journal.read(journal(), entry -> { });
        Files.write(journal(), new byte[] {0, 0, 1, 0, 7, 7, 7, 7, 1}, StandardOpenOption.APPEND);

        assertThat(Journal.read(journal(), entry -> { })).isEqualTo(records);
        assertThat(Files.size(journal())).isEqualTo(size);
        withServer(new JournaledMemoryBackend(journal()), members ->
                assertThat(members.countDocuments()).isEqualTo(2));
    }

    @Test
    void startingCompactsTheJournalToTheLiveData() throws IOException {
        withServer(new JournaledMemoryBackend(journal()), members -> {
            members.insertOne(doc("m1", "a@x"));
            for (int i = 0; i < 500; i++) {
                members.updateOne(Filters.eq("_id", "m1"), Updates.set("n", i));
            }
        });
        long grown = Files.size(journal());
        withServer(new JournaledMemoryBackend(journal()), members ->
                assertThat(members.find().first().getInteger("n")).isEqualTo(499));
        assertThat(Files.size(journal())).isLessThan(grown / 20);
    }

    @Test
    void theJournalIsCompactedWhileWritesGoOnAndNothingIsLost() {
        JournaledMemoryBackend backend = new JournaledMemoryBackend(journal(), 64 * 1024);
        withServer(backend, members -> {
            members.insertOne(doc("m1", "a@x"));
            int n = 0;
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (backend.compactions() < 3 && System.nanoTime() < deadline) {
                members.updateOne(Filters.eq("_id", "m1"), Updates.set("n", ++n));
                members.insertOne(doc("big" + n, "e" + n + "@x").append("padding", "x".repeat(2_000)));
                members.deleteOne(Filters.eq("_id", "big" + (n - 1)));
            }
            assertThat(backend.compactions()).as("compactions while writing").isGreaterThanOrEqualTo(3);
            members.updateOne(Filters.eq("_id", "m1"), Updates.set("n", -1));
        });
        withServer(new JournaledMemoryBackend(journal()), members -> {
            assertThat(members.find(Filters.eq("_id", "m1")).first().getInteger("n")).isEqualTo(-1);
            assertThat(members.countDocuments()).isEqualTo(2);
        });
        assertThat(directory.resolve("mongo.journal.compacting")).doesNotExist();
    }

    @Test
    void aDroppedCollectionStaysDropped() {
        withServer(new JournaledMemoryBackend(journal()), members -> {
            members.insertOne(doc("m1", "a@x"));
            members.drop();
            members.insertOne(doc("m2", "b@x"));
        });
        withServer(new JournaledMemoryBackend(journal()), members ->
                assertThat(members.find().into(new ArrayList<>())).extracting(d -> d.get("_id")).containsExactly("m2"));
    }

    @Test
    void theDataOfAnEarlierH2FileIsImported() {
        Path h2File = directory.resolve("mongo.mv");
        withServer(new H2Backend(h2File.toString()), members -> {
            members.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
            members.insertOne(doc("m1", "a@x").append("at", new Date(5)));
        });
        H2Backend h2 = new H2Backend(h2File.toString());
        JournaledMemoryBackend.importInto(journal(), h2);
        h2.close();

        withServer(new JournaledMemoryBackend(journal()), members -> {
            assertThat(members.find(Filters.eq("_id", "m1")).first().getDate("at")).isEqualTo(new Date(5));
            assertThatThrownBy(() -> members.insertOne(doc("m2", "a@x"))).hasMessageContaining("duplicate key");
        });
    }

    private static Document doc(String id, String email) {
        return new Document("_id", id).append("workspaceId", "w").append("email", email);
    }
}
