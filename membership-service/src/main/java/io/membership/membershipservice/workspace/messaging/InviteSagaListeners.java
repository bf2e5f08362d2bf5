package io.membership.membershipservice.workspace.messaging;

import io.membership.contract.Topics;
import io.membership.platform.kafka.IdempotentEventHandler;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Kafka entry points of the invite saga; duplicates by event id are dropped before they reach the reactions. */
@Component
class InviteSagaListeners {

    static final String INVITATION_CONSUMER = "membership-service.invitation-events";
    static final String NOTIFICATION_CONSUMER = "membership-service.notification-events";

    private final IdempotentEventHandler events;
    private final InviteSagaReactions reactions;

    InviteSagaListeners(IdempotentEventHandler events, InviteSagaReactions reactions) {
        this.events = events;
        this.reactions = reactions;
    }

    @KafkaListener(id = INVITATION_CONSUMER, topics = Topics.INVITATION_EVENTS, groupId = "${membership.kafka.group-id:membership-service}",
            batch = "true")
    void onInvitationEvents(List<ConsumerRecord<String, byte[]>> records) {
        events.handleAll(INVITATION_CONSUMER, records, reactions::react);
    }

    @KafkaListener(id = NOTIFICATION_CONSUMER, topics = Topics.NOTIFICATION_EVENTS, groupId = "${membership.kafka.group-id:membership-service}",
            batch = "true")
    void onNotificationEvents(List<ConsumerRecord<String, byte[]>> records) {
        events.handleAll(NOTIFICATION_CONSUMER, records, reactions::react);
    }
}
