package io.membership.queryservice.messaging;

import io.membership.contract.Event;
import io.membership.contract.EventCatalog;
import io.membership.contract.EventEnvelope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.List;

/** Hands every event to every read model and counts it per topic. */
@Component
public class ProjectionDispatcher {

    private final List<Projection> projections;
    private final MeterRegistry meters;

    public ProjectionDispatcher(List<Projection> projections, MeterRegistry meters) {
        this.projections = projections;
        this.meters = meters;
    }

    public void project(EventEnvelope<Event> event) {
        for (Projection projection : projections) {
            projection.project(event);
        }
        String topic = EventCatalog.byType(event.type()).map(EventCatalog.Entry::topic).orElse("unknown");
        Counter.builder("query.events.projected")
                .description("Events applied to the read models")
                .tag("topic", topic)
                .register(meters)
                .increment();
    }
}
