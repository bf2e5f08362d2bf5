package io.membership.invitationservice.invitation.accept;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * One accept at a time per invitation, across all instances. Parallel accepts of one link (a double click, two
 * devices) used to race into membership-service: one registered the account and the others' log-ins with their own
 * passwords failed, filling the log-in throttle until even the winner was refused (issue 24). Now one contender
 * holds the claim while it registers, logs in and accepts; the others are told at once that the invitation is
 * being accepted. A claim left by a contender that died mid-way lapses after {@code hold}.
 */
public class AcceptanceClaims {

    /** A held claim; only its holder can release it. */
    public record Claim(UUID invitationId, String holder) {
    }

    private final MongoCollection<Document> claims;
    private final Clock clock;
    private final Duration hold;

    public AcceptanceClaims(MongoDatabase database, Clock clock, Duration hold) {
        this.claims = database.getCollection("acceptance_claims");
        this.clock = clock;
        this.hold = hold;
    }

    /** The claim to accept {@code invitationId}, or empty while another contender holds it. */
    public Optional<Claim> claim(UUID invitationId) {
        Instant now = clock.instant();
        Claim claim = new Claim(invitationId, UUID.randomUUID().toString());
        try {
            claims.insertOne(new Document("_id", invitationId.toString()).append("holder", claim.holder())
                    .append("until", Date.from(now.plus(hold))));
            return Optional.of(claim);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document lapsed = claims.findOneAndUpdate(
                Filters.and(Filters.eq("_id", invitationId.toString()), Filters.lt("until", Date.from(now))),
                Updates.combine(Updates.set("holder", claim.holder()), Updates.set("until", Date.from(now.plus(hold)))));
        return lapsed == null ? Optional.empty() : Optional.of(claim);
    }

    public void release(Claim claim) {
        claims.deleteOne(Filters.and(Filters.eq("_id", claim.invitationId().toString()),
                Filters.eq("holder", claim.holder())));
    }
}
