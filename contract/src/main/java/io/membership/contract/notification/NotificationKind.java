package io.membership.contract.notification;

/** What an email was about; with the recipient and the source event it identifies one delivery. */
public enum NotificationKind {
    INVITATION,
    INVITATION_REMINDER,
    INVITATION_RESENT,
    INVITATION_CANCELLED,
    /** To the person who joined. */
    WORKSPACE_JOINED,
    /** To the person who invited them. */
    INVITEE_JOINED,
    ROLES_CHANGED,
    /** To the new owner. */
    OWNERSHIP_RECEIVED,
    /** To the previous owner. */
    OWNERSHIP_HANDED_OVER,
    ACCESS_REVOKED
}
