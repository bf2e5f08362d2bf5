package io.membership.queryservice.consistency;

import org.bson.Document;
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
        if (subject == null || sequence < 0) {
            return;
        }
        mongo.upsert(query(where("_id").is(subject)), new Update().max("sequence", sequence), COLLECTION);
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
