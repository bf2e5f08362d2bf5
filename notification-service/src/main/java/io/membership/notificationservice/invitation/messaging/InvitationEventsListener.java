package io.membership.notificationservice.invitation.messaging;

import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.Topics;
import io.membership.contract.invitation.InvitationAccepted;
import io.membership.contract.invitation.InvitationCancelled;
import io.membership.contract.invitation.InvitationExpired;
import io.membership.contract.invitation.InvitationResent;
import io.membership.contract.invitation.InvitationSent;
import io.membership.notificationservice.directory.DirectoryUpdates;
import io.membership.notificationservice.messaging.EventConsumer;
import io.membership.notificationservice.messaging.PoisonSafeEvents;
import io.membership.notificationservice.reminder.InvitationReminders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Reads the invitation topic: InvitationSent is emailed, remembered (who invited whom, in which language) and gets
 * its reminder scheduled; a re-sent one is emailed again with a reminder for its new attempt; a cancelled one is
 * announced; an accepted, expired or cancelled invitation needs no reminder any more.
 */
@Component
public class InvitationEventsListener implements EventConsumer {

    static final String CONSUMER = "notification-service.invitations";

    private final PoisonSafeEvents events;
    private final InvitationEmails invitationEmails;
    private final DirectoryUpdates directory;
    private final InvitationReminders reminders;
    private final InvitationChangeEmails changeEmails;

    public InvitationEventsListener(PoisonSafeEvents events, InvitationEmails invitationEmails,
                                    DirectoryUpdates directory, InvitationReminders reminders,
                                    InvitationChangeEmails changeEmails) {
        this.changeEmails = changeEmails;
        this.events = events;
        this.invitationEmails = invitationEmails;
        this.directory = directory;
        this.reminders = reminders;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.INVITATION_EVENTS,
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
        if (event instanceof InvitationSent sent) {
            invitationEmails.on(envelope.withData(sent));
            reminders.scheduleForSent(envelope.withData(sent));
        } else if (event instanceof InvitationResent resent) {
            changeEmails.resent(envelope.withData(resent));
            reminders.scheduleForResent(envelope.withData(resent));
        } else if (event instanceof InvitationCancelled cancelled) {
            reminders.cancel(cancelled.invitationId());
            changeEmails.cancelled(envelope.withData(cancelled));
        } else if (event instanceof InvitationAccepted accepted) {
            reminders.cancel(accepted.invitationId());
        } else if (event instanceof InvitationExpired expired) {
            reminders.cancel(expired.invitationId());
        }
    }
}
