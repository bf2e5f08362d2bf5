package io.membership.invitationservice.invitation.command;

public enum InvitationStatus {
    /** Waiting for membership-service to reserve a seat. */
    REQUESTED,
    /** Seat reserved, link live until expiry. */
    SENT,
    REJECTED,
    ACCEPTED,
    EXPIRED,
    /** Cancelled by an admin, by a revoke or removal of the member, or superseded by a newer invitation. */
    CANCELLED
}
