package io.membership.invitationservice.metrics;

import io.membership.contract.invitation.InvitationAccepted;
import io.membership.contract.invitation.InvitationExpired;
import io.membership.contract.invitation.InvitationRejected;
import io.membership.contract.invitation.InvitationRequested;
import io.membership.contract.invitation.InvitationSent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Counts invitation outcomes as they are stored. Runs in a subscribing processor ({@value #GROUP}), so it counts each
 * new event once in the instance that stored it and never replays history.
 */
@Component
@ProcessingGroup(InvitationMetrics.GROUP)
public class InvitationMetrics {

    public static final String GROUP = "invitation-metrics";

    private final Counter requested;
    private final Counter sent;
    private final Counter rejected;
    private final Counter accepted;
    private final Counter expired;

    public InvitationMetrics(MeterRegistry meters) {
        requested = counter(meters, "requested");
        sent = counter(meters, "sent");
        rejected = counter(meters, "rejected");
        accepted = counter(meters, "accepted");
        expired = counter(meters, "expired");
    }

    private static Counter counter(MeterRegistry meters, String outcome) {
        return Counter.builder("invitations." + outcome).description("invitations " + outcome).register(meters);
    }

    @EventHandler
    void on(InvitationRequested event) {
        requested.increment();
    }

    @EventHandler
    void on(InvitationSent event) {
        sent.increment();
    }

    @EventHandler
    void on(InvitationRejected event) {
        rejected.increment();
    }

    @EventHandler
    void on(InvitationAccepted event) {
        accepted.increment();
    }

    @EventHandler
    void on(InvitationExpired event) {
        expired.increment();
    }
}
