package io.membership.membershipservice.workspace.metrics;

import io.membership.contract.membership.MemberJoined;
import io.membership.contract.membership.SeatReleased;
import io.membership.contract.membership.SeatReservationRejected;
import io.membership.contract.membership.SeatReserved;
import io.membership.contract.membership.WorkspaceCreated;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Business counters, fed by a subscribing processor as the events are stored (never on replay). */
@Component
@ProcessingGroup(WorkspaceMetrics.PROCESSING_GROUP)
class WorkspaceMetrics {

    static final String PROCESSING_GROUP = "workspace-metrics";

    private final MeterRegistry meters;

    WorkspaceMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventHandler
    void on(WorkspaceCreated event) {
        meters.counter("membership.workspace.creations").increment();
    }

    @EventHandler
    void on(SeatReserved event) {
        meters.counter("membership.seats.reserved", "product", event.product()).increment();
    }

    @EventHandler
    void on(SeatReservationRejected event) {
        meters.counter("membership.seats.rejected", "reason", event.reason().name()).increment();
    }

    @EventHandler
    void on(SeatReleased event) {
        meters.counter("membership.seats.released", "reason", event.reason().name()).increment();
    }

    @EventHandler
    void on(MemberJoined event) {
        meters.counter("membership.members.joined").increment();
    }
}
