package io.membership.queryservice.members.projection;

import java.time.Instant;

/**
 * What the invitation and notification topics told about one invitation of a member. Kept per invitation id, so
 * news about an older invitation never overwrites the current one, whatever order the topics are read in.
 */
public record InvitationTrace(Integer attempt, Instant sentAt, Instant expiresAt, String rejection,
                              DeliveryStatus delivery, Instant deliveryAt) {

    static final InvitationTrace NONE = new InvitationTrace(null, null, null, null, null, null);

    boolean isNewerSend(int newAttempt) {
        return attempt == null || newAttempt > attempt;
    }

    InvitationTrace withSend(int newAttempt, Instant newSentAt, Instant newExpiresAt) {
        return new InvitationTrace(newAttempt, newSentAt, newExpiresAt, rejection, delivery, deliveryAt);
    }

    InvitationTrace withRejection(String newRejection) {
        return new InvitationTrace(attempt, sentAt, expiresAt, newRejection, delivery, deliveryAt);
    }

    /** The latest report wins; at the same instant the more final one does, so any order gives one answer. */
    boolean isNewerDelivery(DeliveryStatus status, Instant at) {
        if (delivery == null || deliveryAt == null) {
            return true;
        }
        int byTime = at.compareTo(deliveryAt);
        return byTime > 0 || (byTime == 0 && status.compareTo(delivery) > 0);
    }

    InvitationTrace withDelivery(DeliveryStatus status, Instant at) {
        return new InvitationTrace(attempt, sentAt, expiresAt, rejection, status, at);
    }
}
