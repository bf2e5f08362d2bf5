package io.membership.platform.relay;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the relay still owes Kafka. An aggregate is marked pending before and after each append, so neither a
 * crash between append and publish nor an append that becomes visible late is forgotten; progress is kept per
 * aggregate as the last published sequence number.
 */
public class PublicationLedger {

    public record Pending(String aggregateId, long version) {
    }

    private final MongoCollection<Document> pending;
    private final MongoCollection<Document> progress;
    private final Clock clock;

    public PublicationLedger(MongoDatabase database, Clock clock) {
        this.pending = database.getCollection("relay_pending");
        this.progress = database.getCollection("relay_progress");
        this.clock = clock;
    }

    public void markPending(Collection<String> aggregateIds) {
        if (aggregateIds.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> updates = new ArrayList<>();
        for (String id : aggregateIds) {
            updates.add(new UpdateOneModel<>(Filters.eq("_id", id), Updates.inc("version", 1L),
                    new UpdateOptions().upsert(true)));
        }
        pending.bulkWrite(updates);
    }

    /** Leases up to {@code max} pending aggregates to {@code owner}; a lease that runs out is taken over. */
    public List<Pending> claim(int max, String owner, Duration lease) {
        Date now = Date.from(clock.instant());
        Bson free = Filters.or(Filters.exists("leaseUntil", false), Filters.lt("leaseUntil", now));
        List<Pending> claimed = new ArrayList<>();
        for (Document candidate : pending.find(free).limit(max)) {
            Document taken = pending.findOneAndUpdate(
                    Filters.and(Filters.eq("_id", candidate.get("_id")), free),
                    Updates.combine(Updates.set("leaseOwner", owner),
                            Updates.set("leaseUntil", Date.from(clock.instant().plus(lease)))),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            if (taken != null) {
                claimed.add(new Pending(taken.getString("_id"), taken.get("version", Number.class).longValue()));
            }
        }
        return claimed;
    }

    /** Clears the mark unless the aggregate was appended to meanwhile; then only the lease is dropped. */
    public void release(Pending claim) {
        long deleted = pending.deleteOne(Filters.and(Filters.eq("_id", claim.aggregateId()),
                Filters.eq("version", claim.version()))).getDeletedCount();
        if (deleted == 0) {
            pending.updateOne(Filters.eq("_id", claim.aggregateId()),
                    Updates.combine(Updates.unset("leaseOwner"), Updates.unset("leaseUntil")));
        }
    }

    public long publishedUpTo(String aggregateId) {
        return Optional.ofNullable(progress.find(Filters.eq("_id", aggregateId)).first())
                .map(d -> d.get("published", Number.class).longValue())
                .orElse(-1L);
    }

    /** Every aggregate's last published sequence, read in one pass (for the sweep). */
    public Map<String, Long> allPublished() {
        Map<String, Long> published = new HashMap<>();
        for (Document done : progress.find()) {
            published.put(done.getString("_id"), done.get("published", Number.class).longValue());
        }
        return published;
    }

    public void recordPublished(String aggregateId, long sequence) {
        progress.updateOne(Filters.eq("_id", aggregateId), Updates.max("published", sequence),
                new UpdateOptions().upsert(true));
    }

    public long pendingCount() {
        return pending.countDocuments();
    }
}
