package io.membership.queryservice.members.projection;

/** What notification-service last said about an invitation's email. Declared from least to most final. */
public enum DeliveryStatus {
    RETRYING("email delivery delayed, retrying"),
    SENT(null),
    FAILED("email could not be delivered");

    private final String reason;

    DeliveryStatus(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
