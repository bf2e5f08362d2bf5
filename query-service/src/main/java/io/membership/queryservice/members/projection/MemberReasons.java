package io.membership.queryservice.members.projection;

import io.membership.contract.MemberState;
import io.membership.contract.membership.RejectionReason;
import io.membership.contract.membership.ReleaseReason;

import java.time.ZoneOffset;
import java.util.Locale;

/** The words an admin reads in the reason column. */
final class MemberReasons {

    /**
     * Why the row is not OK: what the membership stream said first, else what became of the current invitation.
     * An active member needs no reason.
     */
    static String shown(MemberState state, String membershipReason, InvitationTrace currentInvitation) {
        if (state == null || state == MemberState.ACTIVE) {
            return null;
        }
        if (state == MemberState.EXPIRED && currentInvitation.expiresAt() != null) {
            return "expired " + currentInvitation.expiresAt().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (membershipReason != null) {
            return membershipReason;
        }
        if (currentInvitation.rejection() != null) {
            return currentInvitation.rejection();
        }
        return currentInvitation.delivery() == null ? null : currentInvitation.delivery().reason();
    }

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
            return reason.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    private MemberReasons() {
    }
}
