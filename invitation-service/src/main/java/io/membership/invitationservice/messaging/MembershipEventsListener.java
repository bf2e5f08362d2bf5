package io.membership.invitationservice.messaging;

import io.membership.contract.Topics;
import io.membership.invitationservice.directory.DirectoryUpdates;
import io.membership.platform.kafka.IdempotentEventHandler;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * One listener for the membership topic, so the directory sees a workspace's events before the saga reacts to a
 * later one of the same partition. Each reaction keeps its own processed-event marks: a retry after the saga
 * failed does not touch the directory again.
 */
@Component
public class MembershipEventsListener {

    static final String DIRECTORY = "invitation-directory";
    static final String SEAT_REACTIONS = "invitation-seat-reactions";
    static final String MEMBER_REACTIONS = "invitation-member-reactions";

    private final IdempotentEventHandler events;
    private final DirectoryUpdates directory;
    private final SeatReactions seatReactions;
    private final MemberReactions memberReactions;

    public MembershipEventsListener(IdempotentEventHandler events, DirectoryUpdates directory,
                                    SeatReactions seatReactions, MemberReactions memberReactions) {
        this.events = events;
        this.directory = directory;
        this.seatReactions = seatReactions;
        this.memberReactions = memberReactions;
    }

    @KafkaListener(topics = Topics.MEMBERSHIP_EVENTS, groupId = "invitation-service")
    public void on(ConsumerRecord<String, byte[]> record) {
        events.handle(DIRECTORY, record, envelope -> directory.apply(envelope.data()));
        events.handle(SEAT_REACTIONS, record, seatReactions::apply);
        events.handle(MEMBER_REACTIONS, record, memberReactions::apply);
    }
}
