package io.membership.queryservice.messaging;

import io.membership.contract.Topics;
import io.membership.platform.kafka.IdempotentEventHandler;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads all three topics from the start (auto-offset-reset earliest), so the read models can be rebuilt at will. */
@Component
public class TopicsListener {

    static final String CONSUMER = "query-service";

    private final IdempotentEventHandler handler;
    private final ProjectionDispatcher dispatcher;

    public TopicsListener(IdempotentEventHandler handler, ProjectionDispatcher dispatcher) {
        this.handler = handler;
        this.dispatcher = dispatcher;
    }

    @KafkaListener(topics = {Topics.MEMBERSHIP_EVENTS, Topics.INVITATION_EVENTS, Topics.NOTIFICATION_EVENTS},
            groupId = "${spring.kafka.consumer.group-id:query-service}")
    public void onRecord(ConsumerRecord<String, byte[]> record) {
        handler.handle(CONSUMER, record, dispatcher::project);
    }
}
