package io.membership.queryservice.messaging;

import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;

/**
 * One read model fed by events. Implementations must give the same result whatever the order of events from
 * different topics and however often an event is delivered: read models are rebuilt from the topics at any time.
 */
public interface Projection {

    void project(EventEnvelope<Event> event);

    /** Within a poll: what can wait for the poll's one bulk write goes to {@code deferred}. */
    default void project(EventEnvelope<Event> event, PollWrites deferred) {
        project(event);
    }
}
