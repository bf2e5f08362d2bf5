package io.membership.invitationservice.expiry;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * When each sent invitation expires, kept in Mongo so it survives restarts. Instances take due entries with an
 * atomic claim; a claim not completed within the lease (its instance died) is taken over by another.
 */
public class ExpirySchedule {

    public static final String COLLECTION = "expiry_schedule";

    private final MongoCollection<Document> entries;
    private final Clock clock;
    private final Duration lease;

    public ExpirySchedule(MongoDatabase database, Clock clock, Duration lease) {
        this.entries = database.getCollection(COLLECTION);
        entries.createIndex(Indexes.ascending("expiresAt"));
        this.clock = clock;
        this.lease = lease;
    }

    /** A later attempt of the same invitation moves the expiry and frees the entry; a repeated one changes nothing. */
    public void schedule(UUID invitationId, int attempt, Instant expiresAt) {
        // the first attempt, the usual case, is one round trip: the insert
        if (entries.updateOne(Filters.eq("_id", invitationId.toString()),
                Updates.combine(Updates.setOnInsert("attempt", attempt),
                        Updates.setOnInsert("expiresAt", Date.from(expiresAt)),
                        Updates.setOnInsert("claimed", false)),
                new UpdateOptions().upsert(true)).getUpsertedId() != null) {
            return;
        }
        entries.updateOne(
                Filters.and(Filters.eq("_id", invitationId.toString()), Filters.lt("attempt", attempt)),
                Updates.combine(Updates.set("attempt", attempt), Updates.set("expiresAt", Date.from(expiresAt)),
                        Updates.set("claimed", false), Updates.unset("claimedBy"), Updates.unset("leaseUntil")));
    }

    public void cancel(UUID invitationId) {
        entries.deleteOne(Filters.eq("_id", invitationId.toString()));
    }

    /** Takes the earliest due entry nobody holds (or whose holder's lease ran out). */
    public Optional<UUID> claimNextDue(String owner) {
        Date now = Date.from(clock.instant());
        Bson free = Filters.or(Filters.eq("claimed", false), Filters.lt("leaseUntil", now));
        Document claimed = entries.findOneAndUpdate(
                Filters.and(Filters.lte("expiresAt", now), free),
                Updates.combine(Updates.set("claimed", true), Updates.set("claimedBy", owner),
                        Updates.set("leaseUntil", Date.from(clock.instant().plus(lease)))),
                new FindOneAndUpdateOptions().sort(Sorts.ascending("expiresAt")));
        return Optional.ofNullable(claimed).map(d -> UUID.fromString(d.getString("_id")));
    }

    /** Removes the entry, unless another instance took it over meanwhile. */
    public void completed(UUID invitationId, String owner) {
        entries.deleteOne(Filters.and(Filters.eq("_id", invitationId.toString()), Filters.eq("claimedBy", owner)));
    }

    public long size() {
        return entries.countDocuments();
    }
}
