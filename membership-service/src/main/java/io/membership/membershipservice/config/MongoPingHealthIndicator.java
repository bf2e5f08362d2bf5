package io.membership.membershipservice.config;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.stereotype.Component;

/**
 * Mongo health by {@code ping}: Spring's own indicator sends {@code hello}, which mongo-java-server (the embedded
 * default) does not know, so it would report DOWN forever. Replaces it ({@code management.health.mongo.enabled=false}).
 */
@Component("mongoHealthIndicator")
class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoClient client;
    private final String database;

    MongoPingHealthIndicator(MongoClient client, MongoProperties mongo) {
        super("MongoDB health check failed");
        this.client = client;
        this.database = mongo.getMongoClientDatabase();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        client.getDatabase(database).runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database);
    }
}
