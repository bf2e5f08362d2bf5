package io.membership.platform.axon;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.platform.relay.EventSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the Axon Mongo event store for the relay, bypassing snapshots. */
public class AxonEventSource implements EventSource {

    private final EventStorageEngine storage;
    private final MongoCollection<Document> domainEvents;
    private final EnvelopeFactory envelopes;

    public AxonEventSource(EventStorageEngine storage, MongoCollection<Document> domainEvents, EnvelopeFactory envelopes) {
        this.storage = storage;
        this.domainEvents = domainEvents;
        this.envelopes = envelopes;
    }

    @Override
    public List<EventEnvelope<Event>> read(String aggregateId, long fromSequence) {
        return storage.readEvents(aggregateId, fromSequence).asStream()
                .map(message -> envelopes.toEnvelope((DomainEventMessage<?>) message))
                .toList();
    }

    @Override
    public Map<String, Long> lastSequences() {
        Map<String, Long> last = new HashMap<>();
        for (Document group : domainEvents.aggregate(List.of(Aggregates.group("$aggregateIdentifier",
                Accumulators.max("last", "$sequenceNumber"))))) {
            last.put(group.getString("_id"), group.get("last", Number.class).longValue());
        }
        return last;
    }
}
