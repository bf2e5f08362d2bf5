package io.membership.invitationservice.messaging;

import io.membership.contract.Topics;
import io.membership.invitationservice.directory.DirectoryUpdates;
import io.membership.platform.kafka.IdempotentEventHandler;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * One listener for the membership topic, so the directory sees a workspace's events before the saga reacts to a
 * later one of the same partition. One processed-event mark per record covers all three steps (one look-up and one
 * insert instead of three each): a retry after a failed saga step repeats the directory update, which is an
 * idempotent upsert.
 */
@Component
public class MembershipEventsListener {

    static final String CONSUMER = "invitation-membership-events";

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

    @KafkaListener(id = CONSUMER, topics = Topics.MEMBERSHIP_EVENTS, groupId = "invitation-service", batch = "true")
    public void onPoll(List<ConsumerRecord<String, byte[]>> records) {
        events.handleAll(CONSUMER, records, envelope -> {
            directory.apply(envelope.data());
            seatReactions.apply(envelope);
            memberReactions.apply(envelope);
        });
    }
}
