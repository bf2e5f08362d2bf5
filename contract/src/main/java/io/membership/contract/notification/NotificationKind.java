package io.membership.contract.notification;

public enum NotificationKind {
    INVITATION
}
