package io.membership.notificationservice.delivery.store;

import io.membership.notificationservice.delivery.DeliveryRequest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The {@code deliveries} collection. One document per (source event, recipient, kind), enforced by a unique index,
 * so two consumers racing on one event cannot both claim it.
 */
@Repository
public class DeliveryRecords {

    static final String COLLECTION = "deliveries";

    private final MongoTemplate mongo;

    public DeliveryRecords(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(DeliveryRecord.class).createIndex(new Index()
                .on("sourceEventId", Sort.Direction.ASC).on("recipient", Sort.Direction.ASC)
                .on("kind", Sort.Direction.ASC).unique().named("delivery_key"));
        mongo.indexOps(DeliveryRecord.class).createIndex(new Index()
                .on("publishedAt", Sort.Direction.ASC).on("settledAt", Sort.Direction.ASC).named("unpublished"));
    }

    public record Claim(DeliveryRecord record, boolean fresh) {
    }

    /** Inserts the delivery in SENDING under a lease unless it exists; either way answers the stored record. */
    public Claim claim(DeliveryRequest request, Instant now, Instant leaseUntil) {
        DeliveryRecord fresh = new DeliveryRecord(UUID.randomUUID().toString(), request.sourceEventId(),
                request.recipientKey(), request.kind(), request.workspaceId().toString(),
                string(request.invitationId()), string(request.memberId()), request.locale(), request.correlationId(),
                DeliveryStatus.SENDING, 1, leaseUntil, now, null, null, false, null, null);
        try {
            return new Claim(mongo.insert(fresh), true);
        } catch (DuplicateKeyException alreadyClaimed) {
            return find(request).map(existing -> new Claim(existing, false))
                    .orElseThrow(() -> new IllegalStateException("delivery key taken but no record found"));
        }
    }

    /** Takes over a delivery whose holder let its lease lapse (crashed, or stalled); empty if someone holds it. */
    public Optional<DeliveryRecord> takeOver(String id, Instant now, Instant leaseUntil) {
        Query lapsed = Query.query(where("_id").is(id).and("status").is(DeliveryStatus.SENDING)
                .and("leaseUntil").lt(now));
        Update update = new Update().set("leaseUntil", leaseUntil).inc("claims", 1);
        return Optional.ofNullable(mongo.findAndModify(lapsed, update,
                FindAndModifyOptions.options().returnNew(true), DeliveryRecord.class));
    }

    public void renewLease(String id, Instant leaseUntil) {
        mongo.updateFirst(Query.query(where("_id").is(id).and("status").is(DeliveryStatus.SENDING)),
                new Update().set("leaseUntil", leaseUntil), DeliveryRecord.class);
    }

    public DeliveryRecord markSent(String id, Instant now) {
        return settle(id, new Update().set("status", DeliveryStatus.SENT).set("settledAt", now));
    }

    public DeliveryRecord markFailed(String id, String reason, boolean permanent, Instant now) {
        return settle(id, new Update().set("status", DeliveryStatus.FAILED).set("settledAt", now)
                .set("failureReason", reason).set("permanentFailure", permanent));
    }

    public void markPublished(String id, Instant now) {
        mongo.updateFirst(Query.query(where("_id").is(id)), new Update().set("publishedAt", now),
                DeliveryRecord.class);
    }

    /** Settled deliveries whose outcome event did not go out (the broker was away); oldest first. */
    public List<DeliveryRecord> unpublished(Instant settledBefore, int limit) {
        Query query = Query.query(where("publishedAt").is(null).and("settledAt").lt(settledBefore)
                        .and("status").in(DeliveryStatus.SENT, DeliveryStatus.FAILED))
                .with(Sort.by("settledAt")).limit(limit);
        return mongo.find(query, DeliveryRecord.class);
    }

    public Optional<DeliveryRecord> find(DeliveryRequest request) {
        return Optional.ofNullable(mongo.findOne(Query.query(keyOf(request)), DeliveryRecord.class));
    }

    private DeliveryRecord settle(String id, Update update) {
        update.set("outcomeEventId", UUID.randomUUID().toString()).unset("leaseUntil");
        DeliveryRecord settled = mongo.findAndModify(
                Query.query(where("_id").is(id).and("status").is(DeliveryStatus.SENDING)), update,
                FindAndModifyOptions.options().returnNew(true), DeliveryRecord.class);
        if (settled == null) {
            throw new IllegalStateException("delivery " + id + " was settled by another sender");
        }
        return settled;
    }

    private static Criteria keyOf(DeliveryRequest request) {
        return where("sourceEventId").is(request.sourceEventId()).and("recipient").is(request.recipientKey())
                .and("kind").is(request.kind());
    }

    private static String string(UUID id) {
        return id == null ? null : id.toString();
    }
}
