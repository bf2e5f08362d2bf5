package io.membership.invitationservice.invitation.command;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** How long a sent invitation stays valid ({@code membership.invitation.expiry}). */
public record InvitationTerms(Duration validity) {

    public InvitationTerms {
        if (validity == null || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("invitation validity must be positive");
        }
    }

    /** Whole milliseconds, so the expiry schedule (stored as a BSON date) and the aggregate agree on the instant. */
    public Instant expiryFrom(Instant sentAt) {
        return sentAt.plus(validity).truncatedTo(ChronoUnit.MILLIS);
    }
}
