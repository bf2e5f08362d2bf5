package io.membership.notificationservice.membership.messaging;

import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.Topics;
import io.membership.contract.membership.MemberJoined;
import io.membership.contract.membership.MemberRevoked;
import io.membership.contract.membership.MemberRolesChanged;
import io.membership.contract.membership.OwnershipTransferred;
import io.membership.notificationservice.directory.DirectoryUpdates;
import io.membership.notificationservice.membership.JoinedEmails;
import io.membership.notificationservice.membership.MembershipChangeEmails;
import io.membership.notificationservice.messaging.EventConsumer;
import io.membership.notificationservice.messaging.PoisonSafeEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Reads the membership topic: accounts and workspaces feed the directory; a joined member is welcomed (and the
 * inviter told); role changes, ownership transfers and revocations are announced to the people concerned.
 */
@Component
public class MembershipEventsListener implements EventConsumer {

    static final String CONSUMER = "notification-service.membership";

    private final PoisonSafeEvents events;
    private final DirectoryUpdates directory;
    private final JoinedEmails joinedEmails;
    private final MembershipChangeEmails changeEmails;

    public MembershipEventsListener(PoisonSafeEvents events, DirectoryUpdates directory, JoinedEmails joinedEmails,
                                    MembershipChangeEmails changeEmails) {
        this.changeEmails = changeEmails;
        this.events = events;
        this.directory = directory;
        this.joinedEmails = joinedEmails;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.MEMBERSHIP_EVENTS,
            groupId = "${spring.kafka.consumer.group-id:notification-service}", batch = "true")
    public void onPoll(List<ConsumerRecord<String, byte[]>> records) {
        events.handleAll(this, records);
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public void on(EventEnvelope<Event> envelope) {
        Event event = envelope.data();
        directory.on(event);
        if (event instanceof MemberJoined joined) {
            joinedEmails.on(envelope.withData(joined));
        } else if (event instanceof MemberRolesChanged changed) {
            changeEmails.rolesChanged(envelope.withData(changed));
        } else if (event instanceof OwnershipTransferred transfer) {
            changeEmails.ownershipTransferred(envelope.withData(transfer));
        } else if (event instanceof MemberRevoked revoked) {
            changeEmails.revoked(envelope.withData(revoked));
        }
    }
}
