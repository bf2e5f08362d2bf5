package io.membership.queryservice.messaging;

import io.membership.queryservice.store.InsertOnce;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents that projections append and never change (audit entries), kept back over one poll and written in one
 * bulk insert per type before the poll's events are marked handled: a crash before that write leaves the events
 * unmarked, so they come again, and an entry already written stays as it was.
 */
public final class PollWrites {

    private final MongoTemplate mongo;
    private final Map<Class<?>, List<Object>> inserts = new LinkedHashMap<>();

    PollWrites(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void insertOnce(Object document) {
        inserts.computeIfAbsent(document.getClass(), type -> new ArrayList<>()).add(document);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public void flush() {
        for (Map.Entry<Class<?>, List<Object>> pending : inserts.entrySet()) {
            InsertOnce.insertAll(mongo, (Class) pending.getKey(), pending.getValue());
        }
        inserts.clear();
    }
}
