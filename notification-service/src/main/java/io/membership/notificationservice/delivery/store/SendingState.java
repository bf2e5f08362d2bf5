package io.membership.notificationservice.delivery.store;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

import java.time.Instant;

/** Whether sending is paused, shared by every instance (the {@code sending_state} collection, one document). */
@Repository
public class SendingState {

    @Document("sending_state")
    public record State(@Id String id, boolean paused, String changedBy, Instant changedAt) {
    }

    private static final String ID = "sending";

    private final MongoTemplate mongo;

    public SendingState(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean paused() {
        State state = mongo.findById(ID, State.class);
        return state != null && state.paused();
    }

    public void set(boolean paused, String changedBy, Instant now) {
        mongo.save(new State(ID, paused, changedBy, now));
    }
}
