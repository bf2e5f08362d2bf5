package io.membership.platform.relay;

import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;

import java.util.List;
import java.util.Map;

/** The event store as the relay sees it: per-aggregate streams with dense sequence numbers. */
public interface EventSource {

    /** Events of one aggregate with sequence {@code >= fromSequence}, in order. */
    List<EventEnvelope<Event>> read(String aggregateId, long fromSequence);

    /** The last sequence number of every aggregate in the store. */
    Map<String, Long> lastSequences();
}
