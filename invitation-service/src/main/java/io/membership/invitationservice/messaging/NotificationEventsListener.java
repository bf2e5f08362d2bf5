package io.membership.invitationservice.messaging;

import io.membership.contract.Topics;
import io.membership.invitationservice.invitation.query.PendingInvitations;
import io.membership.platform.kafka.IdempotentEventHandler;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Delivery reports (NotificationSent / NotificationFailed) for the pending-invitations list. */
@Component
public class NotificationEventsListener {

    static final String DELIVERY = "invitation-list-delivery";

    private final IdempotentEventHandler events;
    private final PendingInvitations list;

    public NotificationEventsListener(IdempotentEventHandler events, PendingInvitations list) {
        this.events = events;
        this.list = list;
    }

    @KafkaListener(id = DELIVERY, topics = Topics.NOTIFICATION_EVENTS, groupId = "invitation-service", batch = "true")
    public void onPoll(List<ConsumerRecord<String, byte[]>> records) {
        events.handleAll(DELIVERY, records, envelope -> list.apply(envelope.data(), envelope.time()));
    }
}
