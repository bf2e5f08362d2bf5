package io.membership.invitationservice.invitation.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.membership.contract.Event;
import io.membership.contract.invitation.InvitationAccepted;
import io.membership.contract.invitation.InvitationCancelled;
import io.membership.contract.invitation.InvitationExpired;
import io.membership.contract.invitation.InvitationRejected;
import io.membership.contract.invitation.InvitationResent;
import io.membership.contract.invitation.InvitationSent;
import io.membership.contract.notification.NotificationFailed;
import io.membership.contract.notification.NotificationKind;
import io.membership.contract.notification.NotificationSent;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Invitations by workspace and member with their status, link attempt, sent date, expiry and email delivery status,
 * folded from this service's own topic and the notification topic (collection {@code invitation_list}). Every update
 * is an upsert guarded by the attempt, so replays and out-of-order delivery reports converge.
 */
public class PendingInvitations {

    public enum Delivery { QUEUED, DELIVERED, FAILED }

    public record Row(UUID invitationId, UUID memberId, String email, String status, int attempt, Instant sentAt,
                      Instant expiresAt, Delivery delivery, String deliveryProblem) {
    }

    /** The emails that carry the link; others (reminders of a cancel, joined notices) say nothing about delivery. */
    private static final Set<NotificationKind> LINK_EMAILS =
            EnumSet.of(NotificationKind.INVITATION, NotificationKind.INVITATION_RESENT);

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final String SENT = "SENT";

    private final MongoCollection<Document> invitations;

    public PendingInvitations(MongoDatabase database) {
        this.invitations = database.getCollection("invitation_list");
        invitations.createIndex(Indexes.ascending("workspaceId", "memberId", "status"));
        invitations.createIndex(Indexes.compoundIndex(Indexes.ascending("workspaceId", "status"),
                Indexes.descending("sentAt")));
    }

    public void apply(Event event, Instant eventTime) {
        if (event instanceof InvitationSent sent) {
            sent(sent.invitationId(), sent.workspaceId(), sent.memberId(), sent.email(), sent.attempt(), eventTime,
                    sent.expiresAt());
        } else if (event instanceof InvitationResent resent) {
            sent(resent.invitationId(), resent.workspaceId(), resent.memberId(), resent.email(), resent.attempt(),
                    eventTime, resent.expiresAt());
        } else if (event instanceof InvitationAccepted accepted) {
            settle(accepted.invitationId(), "ACCEPTED");
        } else if (event instanceof InvitationExpired expired) {
            settle(expired.invitationId(), "EXPIRED");
        } else if (event instanceof InvitationCancelled cancelled) {
            settle(cancelled.invitationId(), "CANCELLED");
        } else if (event instanceof InvitationRejected rejected) {
            settle(rejected.invitationId(), "REJECTED");
        } else if (event instanceof NotificationSent delivered && delivered.invitationId() != null
                && LINK_EMAILS.contains(delivered.kind())) {
            delivery(delivered.invitationId(), Delivery.DELIVERED, null);
        } else if (event instanceof NotificationFailed failed && failed.invitationId() != null
                && LINK_EMAILS.contains(failed.kind())) {
            delivery(failed.invitationId(), Delivery.FAILED, failed.reason());
        }
    }

    private void sent(UUID invitationId, UUID workspaceId, UUID memberId, String email, int attempt, Instant sentAt,
                      Instant expiresAt) {
        String id = invitationId.toString();
        // a first link, the usual case, is one round trip: the insert
        if (invitations.updateOne(Filters.eq("_id", id), Updates.combine(
                Updates.setOnInsert("workspaceId", workspaceId.toString()),
                Updates.setOnInsert("memberId", memberId == null ? null : memberId.toString()),
                Updates.setOnInsert("email", email),
                Updates.setOnInsert("attempt", attempt),
                Updates.setOnInsert("sentAt", Date.from(sentAt)),
                Updates.setOnInsert("expiresAt", Date.from(expiresAt)),
                Updates.setOnInsert("delivery", Delivery.QUEUED.name()),
                Updates.setOnInsert("status", SENT)), UPSERT).getUpsertedId() != null) {
            return;
        }
        Bson link = Updates.combine(
                Updates.set("workspaceId", workspaceId.toString()),
                Updates.set("memberId", memberId == null ? null : memberId.toString()),
                Updates.set("email", email),
                Updates.set("attempt", attempt),
                Updates.set("sentAt", Date.from(sentAt)),
                Updates.set("expiresAt", Date.from(expiresAt)),
                Updates.set("delivery", Delivery.QUEUED.name()),
                Updates.unset("deliveryProblem"));
        invitations.updateOne(Filters.and(Filters.eq("_id", id),
                Filters.or(Filters.exists("attempt", false), Filters.lt("attempt", attempt))), link);
        invitations.updateOne(Filters.and(Filters.eq("_id", id), Filters.exists("status", false)),
                Updates.set("status", SENT));
    }

    private void settle(UUID invitationId, String status) {
        invitations.updateOne(Filters.eq("_id", invitationId.toString()), Updates.set("status", status), UPSERT);
    }

    private void delivery(UUID invitationId, Delivery delivery, String problem) {
        invitations.updateOne(Filters.eq("_id", invitationId.toString()), Updates.combine(
                Updates.set("delivery", delivery.name()), Updates.set("deliveryProblem", problem)), UPSERT);
    }

    /** Invitations of the workspace whose link is live now, newest first. */
    public List<Row> pending(UUID workspaceId, Instant now) {
        List<Row> rows = new ArrayList<>();
        invitations.find(Filters.and(Filters.eq("workspaceId", workspaceId.toString()), Filters.eq("status", SENT),
                        Filters.gt("expiresAt", Date.from(now))))
                .sort(Sorts.descending("sentAt"))
                .forEach(d -> rows.add(row(d)));
        return rows;
    }

    /** Ids of the member's invitations that are SENT and not yet settled (expired links included until settled). */
    public List<UUID> liveOf(UUID workspaceId, UUID memberId) {
        List<UUID> ids = new ArrayList<>();
        invitations.find(Filters.and(Filters.eq("workspaceId", workspaceId.toString()),
                        Filters.eq("memberId", memberId.toString()), Filters.eq("status", SENT)))
                .forEach(d -> ids.add(UUID.fromString(d.getString("_id"))));
        return ids;
    }

    private static Row row(Document d) {
        String memberId = d.getString("memberId");
        String delivery = d.getString("delivery");
        return new Row(UUID.fromString(d.getString("_id")), memberId == null ? null : UUID.fromString(memberId),
                d.getString("email"), d.getString("status"), d.getInteger("attempt", 0),
                instant(d.getDate("sentAt")), instant(d.getDate("expiresAt")),
                delivery == null ? Delivery.QUEUED : Delivery.valueOf(delivery), d.getString("deliveryProblem"));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
