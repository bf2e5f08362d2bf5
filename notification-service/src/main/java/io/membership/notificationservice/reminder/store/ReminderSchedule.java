package io.membership.notificationservice.reminder.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.membership.contract.Role;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The {@code reminder_schedule} collection: one entry per invitation, for its newest attempt. An entry is SCHEDULED,
 * then DONE or CANCELLED, and stays so that a replayed InvitationSent of the same attempt does not schedule it again.
 * Instances take due entries with an atomic claim under a lease; the lease of an instance that died runs out.
 */
@Repository
public class ReminderSchedule {

    static final String COLLECTION = "reminder_schedule";
    private static final String SCHEDULED = "SCHEDULED";

    private final MongoCollection<Document> entries;

    public ReminderSchedule(MongoTemplate mongo) {
        this.entries = mongo.getCollection(COLLECTION);
        entries.createIndex(Indexes.ascending("state", "remindAt"));
    }

    /** A newer attempt replaces the entry (whatever its state); the same or an older one changes nothing. */
    public void schedule(Reminder reminder) {
        String id = reminder.invitationId().toString();
        Document fields = fields(reminder);
        // the first attempt, the usual case, is one round trip: the insert
        if (entries.updateOne(Filters.eq("_id", id), new Document("$setOnInsert", fields),
                new UpdateOptions().upsert(true)).getUpsertedId() != null) {
            return;
        }
        entries.updateOne(Filters.and(Filters.eq("_id", id), Filters.lt("attempt", reminder.attempt())),
                Updates.combine(new Document("$set", fields), Updates.unset("claimedBy"), Updates.unset("leaseUntil")));
    }

    /** The invitation was accepted or expired: no reminder for any attempt up to now. */
    public void cancel(UUID invitationId) {
        entries.updateOne(Filters.and(Filters.eq("_id", invitationId.toString()), Filters.eq("state", SCHEDULED)),
                Updates.combine(Updates.set("state", "CANCELLED"), Updates.unset("claimedBy"),
                        Updates.unset("leaseUntil")));
    }

    /** Takes the earliest due reminder nobody holds, or whose holder's lease ran out. */
    public Optional<Reminder> claimNextDue(String owner, Instant now, Instant leaseUntil) {
        Bson free = Filters.or(Filters.eq("claimedBy", null), Filters.lt("leaseUntil", Date.from(now)));
        Document claimed = entries.findOneAndUpdate(
                Filters.and(Filters.eq("state", SCHEDULED), Filters.lte("remindAt", Date.from(now)), free),
                Updates.combine(Updates.set("claimedBy", owner), Updates.set("leaseUntil", Date.from(leaseUntil))),
                new FindOneAndUpdateOptions().sort(Sorts.ascending("remindAt")).returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(claimed).map(ReminderSchedule::reminderOf);
    }

    /** Marks the claimed attempt done, unless a newer attempt replaced it or another instance took it over. */
    public void done(Reminder reminder, String owner) {
        entries.updateOne(Filters.and(Filters.eq("_id", reminder.invitationId().toString()),
                        Filters.eq("attempt", reminder.attempt()), Filters.eq("claimedBy", owner)),
                Updates.combine(Updates.set("state", "DONE"), Updates.unset("claimedBy"),
                        Updates.unset("leaseUntil")));
    }

    public Optional<String> stateOf(UUID invitationId) {
        return Optional.ofNullable(entries.find(Filters.eq("_id", invitationId.toString())).first())
                .map(entry -> entry.getString("state"));
    }

    private static Document fields(Reminder reminder) {
        return new Document("attempt", reminder.attempt())
                .append("state", SCHEDULED)
                .append("remindAt", Date.from(reminder.remindAt()))
                .append("expiresAt", Date.from(reminder.expiresAt()))
                .append("sourceEventId", reminder.sourceEventId())
                .append("correlationId", reminder.correlationId())
                .append("workspaceId", reminder.workspaceId().toString())
                .append("memberId", reminder.memberId() == null ? null : reminder.memberId().toString())
                .append("email", reminder.email())
                .append("workspaceName", reminder.workspaceName())
                .append("roles", reminder.roles() == null ? List.of()
                        : reminder.roles().stream().map(Role::name).sorted().toList())
                .append("locale", reminder.locale());
    }

    private static Reminder reminderOf(Document entry) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        entry.getList("roles", String.class, List.of()).forEach(role -> roles.add(Role.valueOf(role)));
        String memberId = entry.getString("memberId");
        return new Reminder(UUID.fromString(entry.getString("_id")), entry.getInteger("attempt"),
                entry.getDate("remindAt").toInstant(), entry.getDate("expiresAt").toInstant(),
                entry.getString("sourceEventId"), entry.getString("correlationId"),
                UUID.fromString(entry.getString("workspaceId")), memberId == null ? null : UUID.fromString(memberId),
                entry.getString("email"), entry.getString("workspaceName"), roles, entry.getString("locale"));
    }
}
