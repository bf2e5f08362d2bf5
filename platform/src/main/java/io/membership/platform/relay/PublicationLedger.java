package io.membership.platform.relay;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
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
import java.util.UUID;

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

    /**
     * Leases up to {@code max} pending aggregates to {@code owner}; a lease that runs out is taken over. Each call
     * leases under a fresh claim id, so the aggregates it got are read back in one query even when another instance
     * took some of the candidates first.
     */
    public List<Pending> claim(int max, String owner, Duration lease) {
        Date now = Date.from(clock.instant());
        Bson free = Filters.or(Filters.exists("leaseUntil", false), Filters.lt("leaseUntil", now));
        List<Object> candidates = new ArrayList<>();
        for (Document candidate : pending.find(free).projection(Projections.include("_id")).limit(max)) {
            candidates.add(candidate.get("_id"));
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        String claimId = UUID.randomUUID().toString();
        Bson take = Updates.combine(Updates.set("leaseOwner", owner), Updates.set("claim", claimId),
                Updates.set("leaseUntil", Date.from(clock.instant().plus(lease))));
        List<Pending> claimed = new ArrayList<>();
        if (candidates.size() == 1) {
            Document taken = pending.findOneAndUpdate(Filters.and(Filters.eq("_id", candidates.get(0)), free), take,
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            if (taken != null) {
                claimed.add(pendingOf(taken));
            }
            return claimed;
        }
        pending.updateMany(Filters.and(Filters.in("_id", candidates), free), take);
        for (Document taken : pending.find(Filters.eq("claim", claimId))) {
            claimed.add(pendingOf(taken));
        }
        return claimed;
    }

    /** Clears the mark unless the aggregate was appended to meanwhile; then only the lease is dropped. */
    public void release(Pending claim) {
        releaseAll(List.of(claim));
    }

    /** {@link #release} for many claims: one bulk delete, and one update only when some were marked meanwhile. */
    public void releaseAll(List<Pending> claims) {
        if (claims.isEmpty()) {
            return;
        }
        List<DeleteOneModel<Document>> deletes = new ArrayList<>(claims.size());
        for (Pending claim : claims) {
            deletes.add(new DeleteOneModel<>(Filters.and(Filters.eq("_id", claim.aggregateId()),
                    Filters.eq("version", claim.version()))));
        }
        int deleted = pending.bulkWrite(deletes, new BulkWriteOptions().ordered(false)).getDeletedCount();
        if (deleted < claims.size()) {
            pending.updateMany(Filters.in("_id", claims.stream().map(Pending::aggregateId).toList()),
                    Updates.combine(Updates.unset("leaseOwner"), Updates.unset("leaseUntil"), Updates.unset("claim")));
        }
    }

    public long publishedUpTo(String aggregateId) {
        return publishedUpTo(List.of(aggregateId)).getOrDefault(aggregateId, -1L);
    }

    /** The last published sequence of each of these aggregates that was published before, in one query. */
    public Map<String, Long> publishedUpTo(Collection<String> aggregateIds) {
        Map<String, Long> published = new HashMap<>();
        Bson which = aggregateIds.size() == 1 ? Filters.eq("_id", aggregateIds.iterator().next())
                : Filters.in("_id", aggregateIds);
        for (Document done : progress.find(which)) {
            published.put(done.getString("_id"), done.get("published", Number.class).longValue());
        }
        return published;
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
        recordPublished(Map.of(aggregateId, sequence));
    }

    /** Progress of many aggregates in one bulk write; a sequence never moves back. */
    public void recordPublished(Map<String, Long> sequences) {
        if (sequences.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> updates = new ArrayList<>(sequences.size());
        sequences.forEach((id, sequence) -> updates.add(new UpdateOneModel<>(Filters.eq("_id", id),
                Updates.max("published", sequence), new UpdateOptions().upsert(true))));
        progress.bulkWrite(updates, new BulkWriteOptions().ordered(false));
    }

    private static Pending pendingOf(Document document) {
        return new Pending(document.getString("_id"), document.get("version", Number.class).longValue());
    }

    public long pendingCount() {
        return pending.countDocuments();
    }
}
