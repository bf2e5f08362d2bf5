package io.membership.notificationservice.deadletter.store;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The {@code dead_letters} collection: unreadable records, newest first, until an operator replays them. */
@Repository
public class DeadLetters {

    static final String COLLECTION = "dead_letters";

    private final MongoTemplate mongo;

    public DeadLetters(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void park(DeadLetter letter) {
        try {
            mongo.insert(letter);
        } catch (DuplicateKeyException alreadyParked) {
            // the same record redelivered: parked once
        }
    }

    public List<DeadLetter> list(boolean includeReplayed, int limit) {
        Query query = includeReplayed ? new Query() : Query.query(where("replayedAt").is(null));
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "parkedAt")).limit(limit), DeadLetter.class);
    }

    public Optional<DeadLetter> find(String id) {
        return Optional.ofNullable(mongo.findById(id, DeadLetter.class));
    }

    public DeadLetter markReplayed(String id, Instant now) {
        return mongo.findAndModify(Query.query(where("_id").is(id)),
                new Update().set("replayedAt", now).inc("replays", 1),
                FindAndModifyOptions.options().returnNew(true), DeadLetter.class);
    }
}
