package io.membership.queryservice.consistency;

import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The highest sequence applied per aggregate (the CloudEvents subject), in the {@code applied_positions} collection,
 * so that any instance can tell whether the read models include a given write. Waiters on this instance are woken
 * as soon as a position moves; positions applied by other instances are seen by polling.
 */
@Component
public class AppliedPositions {

    static final String COLLECTION = "applied_positions";
    private static final long POLL_MILLIS = 50;

    private final MongoTemplate mongo;
    private final Object moved = new Object();

    public AppliedPositions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void applied(String subject, long sequence) {
        appliedAll(subject == null ? Map.of() : Map.of(subject, sequence));
    }

    /** The highest applied sequence per subject of one poll, in one bulk write. */
    public void appliedAll(Map<String, Long> sequences) {
        BulkOperations bulk = null;
        for (Map.Entry<String, Long> position : sequences.entrySet()) {
            if (position.getValue() < 0) {
                continue;
            }
            if (bulk == null) {
                bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
            }
            bulk.upsert(query(where("_id").is(position.getKey())), new Update().max("sequence", position.getValue()));
        }
        if (bulk == null) {
            return;
        }
        bulk.execute();
        synchronized (moved) {
            moved.notifyAll();
        }
    }

    public boolean reached(Map<String, Long> wanted) {
        Map<String, Long> applied = new HashMap<>();
        for (Document position : mongo.find(query(where("_id").in(wanted.keySet())),
                Document.class, COLLECTION)) {
            applied.put(position.getString("_id"), ((Number) position.get("sequence")).longValue());
        }
        return wanted.entrySet().stream().allMatch(w -> applied.getOrDefault(w.getKey(), -1L) >= w.getValue());
    }

    /** True as soon as every wanted position is applied; false when {@code timeout} passed first. */
    public boolean awaitReached(Map<String, Long> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!reached(wanted)) {
            long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
            if (left <= 0) {
                return false;
            }
            synchronized (moved) {
                moved.wait(Math.min(left, POLL_MILLIS));
            }
        }
        return true;
    }
}
