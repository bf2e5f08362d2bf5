package io.membership.platform.kafka;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.util.Date;

/** Which events a consumer has fully handled, keyed by consumer and CloudEvents id. */
public class ProcessedEvents {

    private final MongoCollection<Document> processed;

    public ProcessedEvents(MongoDatabase database) {
        this.processed = database.getCollection("processed_events");
    }

    public boolean alreadyHandled(String consumer, String eventId) {
        return processed.find(Filters.eq("_id", key(consumer, eventId))).first() != null;
    }

    public void markHandled(String consumer, String eventId) {
        try {
            processed.insertOne(new Document("_id", key(consumer, eventId)).append("at", new Date()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    private static String key(String consumer, String eventId) {
        return consumer + ":" + eventId;
    }
}
