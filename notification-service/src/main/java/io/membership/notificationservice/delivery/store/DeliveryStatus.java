package io.membership.notificationservice.delivery.store;

public enum DeliveryStatus {
    /** Claimed; the email may or may not have left (the holder's lease says whether someone is still on it). */
    SENDING,
    SENT,
    FAILED
}
