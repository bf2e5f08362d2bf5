package io.membership.queryservice.messaging;

import io.membership.contract.Event;
import io.membership.contract.EventCatalog;
import io.membership.contract.EventEnvelope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** Hands every event to every read model and counts it per topic. */
@Component
public class ProjectionDispatcher {

    private final List<Projection> projections;
    private final MongoTemplate mongo;
    private final MeterRegistry meters;

    public ProjectionDispatcher(List<Projection> projections, MongoTemplate mongo, MeterRegistry meters) {
        this.projections = projections;
        this.mongo = mongo;
        this.meters = meters;
    }

    /** One event, every write done when this returns. */
    public void project(EventEnvelope<Event> event) {
        PollWrites writes = newPoll();
        project(event, writes);
        writes.flush();
    }

    /** The writes one poll's projections defer until {@link PollWrites#flush()}. */
    public PollWrites newPoll() {
        return new PollWrites(mongo);
    }

    public void project(EventEnvelope<Event> event, PollWrites deferred) {
        for (Projection projection : projections) {
            projection.project(event, deferred);
        }
        String topic = EventCatalog.byType(event.type()).map(EventCatalog.Entry::topic).orElse("unknown");
        Counter.builder("query.events.projected")
                .description("Events applied to the read models")
                .tag("topic", topic)
                .register(meters)
                .increment();
    }
}
