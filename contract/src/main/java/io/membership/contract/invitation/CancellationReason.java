package io.membership.contract.invitation;

public enum CancellationReason {
    /** An owner or admin cancelled it. */
    CANCELLED,
    /** The member was revoked or removed in membership-service. */
    MEMBER_REVOKED,
    /** A newer invitation of the same member got a seat. */
    SUPERSEDED,
    /** membership-service released the invitation's seat while the link was live (the email could not be delivered). */
    SEAT_RELEASED
}
