package io.membership.notificationservice.invitation.messaging;

import io.membership.contract.EventEnvelope;
import io.membership.contract.Topics;
import io.membership.contract.invitation.InvitationSent;
import io.membership.platform.kafka.IdempotentEventHandler;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads the invitation topic; only InvitationSent asks for an email (for now). */
@Component
public class InvitationEventsListener {

    static final String CONSUMER = "notification-service.invitations";

    private final IdempotentEventHandler events;
    private final InvitationEmails invitationEmails;

    public InvitationEventsListener(IdempotentEventHandler events, InvitationEmails invitationEmails) {
        this.events = events;
        this.invitationEmails = invitationEmails;
    }

    @KafkaListener(topics = Topics.INVITATION_EVENTS,
            groupId = "${spring.kafka.consumer.group-id:notification-service}")
    public void on(ConsumerRecord<String, byte[]> record) {
        events.handle(CONSUMER, record, envelope -> {
            if (envelope.data() instanceof InvitationSent sent) {
                invitationEmails.on(envelope.withData(sent));
            }
        });
    }
}
