package io.membership.invitationservice.invitation.query;

import io.membership.contract.invitation.InvitationRequested;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** Reads one invitation straight from the event store, so a link works the moment its InvitationSent is stored. */
@Component
public class InvitationHistory {

    private final EventStore eventStore;

    public InvitationHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<InvitationView> find(UUID invitationId) {
        DomainEventStream stream = eventStore.readEvents(invitationId.toString());
        InvitationView view = null;
        while (stream.hasNext()) {
            Object event = stream.next().getPayload();
            if (view == null) {
                if (event instanceof InvitationRequested requested) {
                    view = InvitationView.requested(requested);
                }
            } else {
                view = view.next(event);
            }
        }
        return Optional.ofNullable(view);
    }

    public boolean exists(UUID invitationId) {
        return eventStore.lastSequenceNumberFor(invitationId.toString()).isPresent();
    }
}
