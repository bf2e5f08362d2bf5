package io.membership.infra.mongo;

import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects which documents a write touched, by namespace and {@code _id}, as mongo-java-server reports them through
 * its oplog hooks; the journal then records each one's state after the write. Not a change stream.
 */
final class TouchedDocuments implements Oplog {

    private final Map<String, Set<Object>> touched = new LinkedHashMap<>();

    synchronized void touch(String namespace, Object id) {
        if (id != null && !namespace.contains(".system.")) {
            touched.computeIfAbsent(namespace, n -> new LinkedHashSet<>()).add(id);
        }
    }

    /** Everything touched since the last call, and forgets it. */
    synchronized Map<String, Set<Object>> drain() {
        Map<String, Set<Object>> drained = new LinkedHashMap<>(touched);
        touched.clear();
        return drained;
    }

    @Override
    public void handleInsert(String namespace, List<Document> documents) {
        for (Document document : documents) {
            touch(namespace, document.get("_id"));
        }
    }

    @Override
    public void handleUpdate(String namespace, Document selector, Document query, List<Object> modifiedIds) {
        for (Object id : modifiedIds) {
            touch(namespace, id);
        }
    }

    @Override
    public void handleDelete(String namespace, Document query, List<Object> deletedIds) {
        for (Object id : deletedIds) {
            touch(namespace, id);
        }
    }

    @Override
    public void handleDropCollection(String namespace) {
        // the drop command itself is journaled
    }

    @Override
    public Cursor createCursor(Document changeStreamDocument, String namespace, Aggregation aggregation) {
        throw new UnsupportedOperationException("the embedded MongoDB has no change streams");
    }
}
