package io.membership.invitationservice.expiry;

import io.membership.contract.Event;
import io.membership.contract.Topics;
import io.membership.contract.invitation.InvitationAccepted;
import io.membership.contract.invitation.InvitationCancelled;
import io.membership.contract.invitation.InvitationResent;
import io.membership.invitationservice.invitation.query.PendingInvitations;
import io.membership.contract.invitation.InvitationExpired;
import io.membership.contract.invitation.InvitationRejected;
import io.membership.contract.invitation.InvitationSent;
import io.membership.platform.kafka.IdempotentEventHandler;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Schedules each sent (or resent) invitation's expiry from this service's own published events and forgets settled
 * ones; keeps the list of invitations for the pending-invitations page.
 */
@Component
public class InvitationEventsListener {

    static final String CONSUMER = "invitation-invitation-events";

    private final IdempotentEventHandler events;
    private final ExpirySchedule schedule;
    private final PendingInvitations list;

    public InvitationEventsListener(IdempotentEventHandler events, ExpirySchedule schedule, PendingInvitations list) {
        this.events = events;
        this.schedule = schedule;
        this.list = list;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.INVITATION_EVENTS, groupId = "invitation-service", batch = "true")
    public void onPoll(List<ConsumerRecord<String, byte[]>> records) {
        events.handleAll(CONSUMER, records, envelope -> {
            schedule(envelope.data());
            list.apply(envelope.data(), envelope.time());
        });
    }

    /** Both steps repeat safely: schedule and cancel are upserts keyed by invitation, the list an upsert by id. */
    private void schedule(Event event) {
        if (event instanceof InvitationSent sent) {
            schedule.schedule(sent.invitationId(), sent.attempt(), sent.expiresAt());
        } else if (event instanceof InvitationAccepted accepted) {
            schedule.cancel(accepted.invitationId());
        } else if (event instanceof InvitationRejected rejected) {
            schedule.cancel(rejected.invitationId());
        } else if (event instanceof InvitationExpired expired) {
            schedule.cancel(expired.invitationId());
        } else if (event instanceof InvitationResent resent) {
            schedule.schedule(resent.invitationId(), resent.attempt(), resent.expiresAt());
        } else if (event instanceof InvitationCancelled cancelled) {
            schedule.cancel(cancelled.invitationId());
        }
    }
}
