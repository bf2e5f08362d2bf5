package io.membership.queryservice.members.projection;

import io.membership.contract.membership.RejectionReason;
import io.membership.contract.membership.ReleaseReason;

/** The words an admin reads in the reason column. */
final class MemberReasons {

    static String of(ReleaseReason reason) {
        return switch (reason) {
            case EXPIRED -> "expired";
            case DELIVERY_FAILED -> "email could not be delivered";
            case CANCELLED -> "invitation cancelled";
            case REVOKED -> "access revoked";
        };
    }

    static String of(RejectionReason reason) {
        return switch (reason) {
            case NO_FREE_SEAT -> "no free seat";
            case ALREADY_ACTIVE -> "already a member";
            case ALREADY_INVITED -> "already invited";
            case NOT_ALLOWED -> "not allowed";
            case UNKNOWN_WORKSPACE -> "unknown workspace";
        };
    }

    /** invitation-service's own words when it gave any, else its reason code in plain words. */
    static String ofInvitationRejection(String reason, String detail) {
        if (detail != null && !detail.isBlank()) {
            return detail.strip();
        }
        if (reason == null || reason.isBlank()) {
            return "invitation rejected";
        }
        try {
            return of(RejectionReason.valueOf(reason.strip()));
        } catch (IllegalArgumentException unknown) {
            return reason.strip().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    private MemberReasons() {
    }
}
