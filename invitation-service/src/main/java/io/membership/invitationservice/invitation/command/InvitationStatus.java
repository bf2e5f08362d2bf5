package io.membership.invitationservice.invitation.command;

public enum InvitationStatus {
    /** Waiting for membership-service to reserve a seat. */
    REQUESTED,
    /** Seat reserved, link live until expiry. */
    SENT,
    REJECTED,
    ACCEPTED,
    EXPIRED
}
