package io.membership.queryservice.store;

import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;

/** Inserts documents that never change once written, in one unordered bulk write; one already there stays as it is. */
public final class InsertOnce {

    private static final int DUPLICATE_KEY = 11000;

    private InsertOnce() {
    }

    public static <T> void insertAll(MongoTemplate mongo, Class<T> type, List<? extends T> documents) {
        if (documents.isEmpty()) {
            return;
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type).insert(documents).execute();
        } catch (BulkOperationException e) {
            if (!e.getErrors().stream().allMatch(error -> error.getCode() == DUPLICATE_KEY)) {
                throw e;
            }
        }
    }
}
