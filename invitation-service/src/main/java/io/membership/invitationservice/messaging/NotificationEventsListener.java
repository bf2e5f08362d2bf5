package io.membership.invitationservice.messaging;

import io.membership.contract.Topics;
import io.membership.invitationservice.invitation.query.PendingInvitations;
import io.membership.platform.kafka.IdempotentEventHandler;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

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

    @KafkaListener(topics = Topics.NOTIFICATION_EVENTS, groupId = "invitation-service")
    public void on(ConsumerRecord<String, byte[]> record) {
        events.handle(DELIVERY, record, envelope -> list.apply(envelope.data(), envelope.time()));
    }
}
