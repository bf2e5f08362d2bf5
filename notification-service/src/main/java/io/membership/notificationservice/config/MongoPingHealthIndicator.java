package io.membership.notificationservice.config;

import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Replaces Boot's Mongo health check (bean name {@code mongoHealthIndicator}), which sends {@code hello}: the
 * embedded mongo-java-server does not know that command and would report the service DOWN. {@code ping} works on
 * both it and a real MongoDB.
 */
@Component("mongoHealthIndicator")
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    public MongoPingHealthIndicator(MongoTemplate mongo) {
        super("MongoDB health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        Number ok = answer.get("ok", Number.class);
        if (ok != null && ok.intValue() == 1) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
