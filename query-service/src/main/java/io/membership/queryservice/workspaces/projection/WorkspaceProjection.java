package io.membership.queryservice.workspaces.projection;

import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.membership.SeatCapacityChanged;
import io.membership.contract.membership.WorkspaceCreated;
import io.membership.queryservice.messaging.Projection;
import io.membership.queryservice.store.VersionedDocuments;
import org.springframework.stereotype.Component;

import java.time.temporal.ChronoUnit;

@Component
public class WorkspaceProjection implements Projection {

    private final VersionedDocuments documents;

    public WorkspaceProjection(VersionedDocuments documents) {
        this.documents = documents;
    }

    @Override
    public void project(EventEnvelope<Event> e) {
        if (e.data() instanceof WorkspaceCreated c) {
            String id = c.workspaceId().toString();
            documents.modify(WorkspaceDocument.class, id, () -> WorkspaceDocument.create(id),
                    w -> w.created(e.sequence(), c.name(), c.seatCapacity(), c.ownerAccountId().toString(),
                            e.time().truncatedTo(ChronoUnit.MILLIS)));
        } else if (e.data() instanceof SeatCapacityChanged c) {
            String id = c.workspaceId().toString();
            documents.modify(WorkspaceDocument.class, id, () -> WorkspaceDocument.create(id),
                    w -> w.capacityChanged(e.sequence(), c.product(), c.capacity()));
        }
    }
}
