package io.membership.invitationservice.expiry;

import io.membership.contract.Topics;
import io.membership.contract.invitation.InvitationAccepted;
import io.membership.contract.invitation.InvitationExpired;
import io.membership.contract.invitation.InvitationRejected;
import io.membership.contract.invitation.InvitationSent;
import io.membership.platform.kafka.IdempotentEventHandler;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Schedules each sent invitation's expiry from this service's own published events, and forgets settled ones. */
@Component
public class InvitationEventsListener {

    static final String CONSUMER = "invitation-expiry-schedule";

    private final IdempotentEventHandler events;
    private final ExpirySchedule schedule;

    public InvitationEventsListener(IdempotentEventHandler events, ExpirySchedule schedule) {
        this.events = events;
        this.schedule = schedule;
    }

    @KafkaListener(topics = Topics.INVITATION_EVENTS, groupId = "invitation-service")
    public void on(ConsumerRecord<String, byte[]> record) {
        events.handle(CONSUMER, record, envelope -> {
            if (envelope.data() instanceof InvitationSent sent) {
                schedule.schedule(sent.invitationId(), sent.attempt(), sent.expiresAt());
            } else if (envelope.data() instanceof InvitationAccepted accepted) {
                schedule.cancel(accepted.invitationId());
            } else if (envelope.data() instanceof InvitationRejected rejected) {
                schedule.cancel(rejected.invitationId());
            } else if (envelope.data() instanceof InvitationExpired expired) {
                schedule.cancel(expired.invitationId());
            }
        });
    }
}
