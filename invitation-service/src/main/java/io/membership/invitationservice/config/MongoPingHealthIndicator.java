package io.membership.invitationservice.config;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Spring Boot's Mongo indicator asks {@code hello}, which the embedded Mongo wire server does not know; {@code ping}
 * works on both it and a real MongoDB.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;

    public MongoPingHealthIndicator(MongoDatabase database) {
        super("MongoDB health check failed");
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getName());
    }
}
