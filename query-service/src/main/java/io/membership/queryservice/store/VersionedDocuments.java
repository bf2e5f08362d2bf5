package io.membership.queryservice.store;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Read-change-write with optimistic locking (documents carry a {@code @Version}). Consumers of different topics
 * may change the same document at once; the loser reads again and reapplies its change, so no update is lost.
 * <p>
 * The last written state of recently changed documents is kept, so a document that several events of one
 * invitation change in a row is not read back each time. A kept copy is never trusted: the write still carries its
 * version, so one that another instance or a rebuild changed meanwhile fails and is read again. A copy is taken out
 * while one caller changes it, so two callers never share an instance.
 */
@Component
public class VersionedDocuments {

    private static final int ATTEMPTS = 20;
    private static final int KEPT = 4_096;

    private record Key(Class<?> type, String id) {
    }

    private final MongoTemplate mongo;
    private final Map<Key, Object> kept = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
            return size() > KEPT;
        }
    };

    public VersionedDocuments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** {@code change} returns false when it changed nothing: then nothing is written (a duplicate stays a no-op). */
    public <T> void modify(Class<T> type, String id, Supplier<T> create, Predicate<T> change) {
        Key key = new Key(type, id);
        for (int attempt = 1; ; attempt++) {
            T document = attempt == 1 ? take(key, type) : null;
            if (document == null) {
                document = mongo.findById(id, type);
            }
            if (document == null) {
                document = create.get();
            }
            if (!change.test(document)) {
                return;
            }
            try {
                keep(key, mongo.save(document));
                return;
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Drops every kept copy, e.g. when the read models are rebuilt from scratch. */
    public synchronized void forgetAll() {
        kept.clear();
    }

    private synchronized <T> T take(Key key, Class<T> type) {
        return type.cast(kept.remove(key));
    }

    private synchronized void keep(Key key, Object saved) {
        kept.put(key, saved);
    }
}
