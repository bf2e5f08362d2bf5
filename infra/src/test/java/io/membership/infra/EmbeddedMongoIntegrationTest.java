package io.membership.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoIntegrationTest {

    @TempDir
    Path directory;

    @Test
    void documentsSurviveARestartOnTheSameJournal() {
        Path dataFile = directory.resolve("mongo.journal");

        try (EmbeddedMongo mongo = new EmbeddedMongo(dataFile, 0).start();
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(mongo.connectionString()).startsWith("mongodb://127.0.0.1:");
            members(client).insertOne(new Document("_id", "m-1").append("email", "ada@example.com"));
        }

        try (EmbeddedMongo mongo = new EmbeddedMongo(dataFile, 0).start();
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            Document found = members(client).find(Filters.eq("_id", "m-1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("email")).isEqualTo("ada@example.com");
        }
    }

    @Test
    void aUniqueIndexRejectsADuplicate() {
        try (EmbeddedMongo mongo = new EmbeddedMongo(directory.resolve("unique.journal"), 0).start();
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> members = members(client);
            members.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
            members.insertOne(new Document("_id", "m-1").append("email", "ada@example.com"));

            assertThatThrownBy(() -> members.insertOne(new Document("_id", "m-2").append("email", "ada@example.com")))
                    .isInstanceOfSatisfying(MongoWriteException.class,
                            e -> assertThat(ErrorCategory.fromErrorCode(e.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY));
            assertThat(members.countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void anEarlierVersionsH2FileIsImportedOnceAndSetAside() {
        Path h2File = directory.resolve("mongo.mv");
        de.bwaldvogel.mongo.MongoServer old = new de.bwaldvogel.mongo.MongoServer(
                new de.bwaldvogel.mongo.backend.h2.H2Backend(h2File.toString()));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + old.bind().getPort())) {
            members(client).insertOne(new Document("_id", "m-1").append("email", "ada@example.com"));
        } finally {
            old.shutdownNow();
        }

        try (EmbeddedMongo mongo = new EmbeddedMongo(directory.resolve("mongo.journal"), 0).start();
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(members(client).find(Filters.eq("_id", "m-1")).first()).isNotNull();
        }
        assertThat(h2File).doesNotExist();
        assertThat(directory.resolve("mongo.mv.imported")).exists();
    }

    @Test
    void theInMemoryBackendWorksWithoutAFile() {
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory(0).start();
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            members(client).insertOne(new Document("_id", "m-1"));
            assertThat(members(client).countDocuments()).isEqualTo(1);
            assertThat(mongo.isPersistent()).isFalse();
        }
    }

    private static MongoCollection<Document> members(MongoClient client) {
        return client.getDatabase("membership").getCollection("members");
    }
}
