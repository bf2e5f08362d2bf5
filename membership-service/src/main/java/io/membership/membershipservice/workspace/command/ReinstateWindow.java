package io.membership.membershipservice.workspace.command;

import java.time.Duration;
import java.time.Instant;

/** How long a revoked member keeps its roles for a re-invite (GitHub keeps them for three months). */
public record ReinstateWindow(Duration length) {

    public static final Duration DEFAULT = Duration.ofDays(90);

    public ReinstateWindow {
        if (length == null || length.isNegative()) {
            throw new IllegalArgumentException("the reinstate window must be zero or positive");
        }
    }

    boolean covers(Instant revokedAt, Instant now) {
        return revokedAt != null && !now.isAfter(revokedAt.plus(length));
    }
}
