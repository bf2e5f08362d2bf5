package io.membership.platform.axon;

import io.membership.platform.relay.PublicationLedger;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Marks the appended aggregates in the {@link PublicationLedger} before and after every append, then wakes the
 * relay. Before: a crash right after the append still leaves a mark. After: a relay pass that ran while the append
 * was not yet visible is followed by another.
 */
public class RelayingEventStorageEngine implements EventStorageEngine {

    private final EventStorageEngine delegate;
    private final PublicationLedger ledger;
    private final Runnable afterAppend;

    public RelayingEventStorageEngine(EventStorageEngine delegate, PublicationLedger ledger, Runnable afterAppend) {
        this.delegate = delegate;
        this.ledger = ledger;
        this.afterAppend = afterAppend;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        Set<String> aggregates = new LinkedHashSet<>();
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domainEvent) {
                aggregates.add(domainEvent.getAggregateIdentifier());
            }
        }
        ledger.markPending(aggregates);
        delegate.appendEvents(events);
        ledger.markPending(aggregates);
        afterAppend.run();
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return delegate.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return delegate.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}
