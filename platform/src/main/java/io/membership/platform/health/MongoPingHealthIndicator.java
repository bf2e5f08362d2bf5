package io.membership.platform.health;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Mongo health by {@code ping}. Spring Boot's own indicator sends {@code hello}, which mongo-java-server (the
 * embedded default) rejects, so every service would report DOWN there forever.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoClient client;
    private final String database;

    public MongoPingHealthIndicator(MongoClient client, String database) {
        super("MongoDB health check failed");
        this.client = client;
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        client.getDatabase(database).runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database);
    }
}
