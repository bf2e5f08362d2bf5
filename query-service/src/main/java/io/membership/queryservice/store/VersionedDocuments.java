package io.membership.queryservice.store;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Read-change-write with optimistic locking (documents carry a {@code @Version}). Consumers of different topics
 * may change the same document at once; the loser reads again and reapplies its change, so no update is lost.
 */
@Component
public class VersionedDocuments {

    private static final int ATTEMPTS = 20;

    private final MongoTemplate mongo;

    public VersionedDocuments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** {@code change} returns false when it changed nothing: then nothing is written (a duplicate stays a no-op). */
    public <T> void modify(Class<T> type, String id, Supplier<T> create, Predicate<T> change) {
        for (int attempt = 1; ; attempt++) {
            T document = mongo.findById(id, type);
            if (document == null) {
                document = create.get();
            }
            if (!change.test(document)) {
                return;
            }
            try {
                mongo.save(document);
                return;
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
