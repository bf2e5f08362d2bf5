package io.membership.platform.kafka;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which events a consumer has fully handled, keyed by consumer and CloudEvents id. */
public class ProcessedEvents {

    private final MongoCollection<Document> processed;

    public ProcessedEvents(MongoDatabase database) {
        this.processed = database.getCollection("processed_events");
    }

    public boolean alreadyHandled(String consumer, String eventId) {
        return !handledAmong(consumer, List.of(eventId)).isEmpty();
    }

    /** The ids among {@code eventIds} that this consumer handled before, in one look-up. */
    public Set<String> handledAmong(String consumer, Collection<String> eventIds) {
        Set<String> handled = new HashSet<>();
        if (eventIds.isEmpty()) {
            return handled;
        }
        List<String> keys = eventIds.stream().map(id -> key(consumer, id)).toList();
        String prefix = consumer + ":";
        for (Document done : processed.find(keys.size() == 1 ? Filters.eq("_id", keys.get(0)) : Filters.in("_id", keys))
                .projection(Projections.include("_id"))) {
            handled.add(done.getString("_id").substring(prefix.length()));
        }
        return handled;
    }

    public void markHandled(String consumer, String eventId) {
        markHandled(consumer, List.of(eventId));
    }

    /** Marks all of them in one write; ids marked before (a redelivery racing another instance) are fine. */
    public void markHandled(String consumer, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        Date now = new Date();
        List<Document> marks = new ArrayList<>(eventIds.size());
        for (String id : eventIds) {
            marks.add(new Document("_id", key(consumer, id)).append("at", now));
        }
        try {
            processed.insertMany(marks, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            boolean onlyDuplicates = e.getWriteErrors().stream()
                    .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
            if (!onlyDuplicates) {
                throw e;
            }
        }
    }

    private static String key(String consumer, String eventId) {
        return consumer + ":" + eventId;
    }
}
