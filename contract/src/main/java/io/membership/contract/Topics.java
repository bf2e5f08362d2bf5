package io.membership.contract;

import java.util.List;

/** Kafka topic names: each service publishes its own events to exactly one of them. */
public final class Topics {
    public static final String INVITATION_EVENTS = "workspace.invitation.events";
    public static final String MEMBERSHIP_EVENTS = "workspace.membership.events";
    public static final String NOTIFICATION_EVENTS = "workspace.notification.events";

    public static final List<String> ALL = List.of(INVITATION_EVENTS, MEMBERSHIP_EVENTS, NOTIFICATION_EVENTS);

    private Topics() {
    }
}
