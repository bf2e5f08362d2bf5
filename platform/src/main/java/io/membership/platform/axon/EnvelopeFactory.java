package io.membership.platform.axon;

import io.membership.contract.Event;
import io.membership.contract.EventCatalog;
import io.membership.contract.EventEnvelope;
import io.membership.contract.WorkspaceEvent;
import org.axonframework.eventhandling.DomainEventMessage;

/** Turns a stored Axon event into the published envelope; actor and correlation id come from its metadata. */
public class EnvelopeFactory {

    public static final String ACTOR = "actor";
    public static final String CORRELATION_ID = "correlationId";

    private final String source;

    public EnvelopeFactory(String source) {
        this.source = source;
    }

    public EventEnvelope<Event> toEnvelope(DomainEventMessage<?> message) {
        if (!(message.getPayload() instanceof Event event)) {
            throw new IllegalStateException("stored event is not a contract event: " + message.getPayloadType());
        }
        EventCatalog.Entry entry = EventCatalog.byClass(event.getClass())
                .orElseThrow(() -> new IllegalStateException("event missing from the catalog: " + event.getClass()));
        String workspaceId = event instanceof WorkspaceEvent w ? w.workspaceId().toString() : null;
        Object actor = message.getMetaData().getOrDefault(ACTOR, EventEnvelope.SYSTEM_ACTOR);
        Object correlationId = message.getMetaData().get(CORRELATION_ID);
        return new EventEnvelope<>(message.getIdentifier(), source, entry.type(), entry.version(),
                message.getAggregateIdentifier(), message.getTimestamp(), workspaceId, String.valueOf(actor),
                correlationId == null ? null : correlationId.toString(), message.getSequenceNumber(), event);
    }
}
