package io.membership.testsupport;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.membership.infra.SharedInfrastructure;

import java.util.UUID;

/** A database of its own on the test JVM's shared MongoDB server, dropped on close: one per test. */
public final class ScratchDatabase implements AutoCloseable {

    private final MongoClient client;
    private final MongoDatabase database;

    private ScratchDatabase(String prefix) {
        this.client = MongoClients.create(SharedInfrastructure.get().mongoUri());
        this.database = client.getDatabase(prefix + "_" + UUID.randomUUID().toString().replace("-", ""));
    }

    public static ScratchDatabase create(String prefix) {
        return new ScratchDatabase(prefix);
    }

    public MongoDatabase database() {
        return database;
    }

    @Override
    public void close() {
        database.drop();
        client.close();
    }
}
