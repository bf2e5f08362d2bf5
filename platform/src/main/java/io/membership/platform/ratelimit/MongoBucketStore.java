package io.membership.platform.ratelimit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import org.bson.Document;
import org.bson.types.Binary;

import java.util.Date;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keeps Bucket4j's bucket states in the service's own {@code rate_limits} collection, so every instance of a service
 * counts against the same buckets. A state is replaced only if nobody else replaced it since it was read (compare
 * and swap on the stored bytes); Bucket4j retries a lost race. Buckets that would be full again expire.
 */
public class MongoBucketStore extends AbstractCompareAndSwapBasedProxyManager<String> {

    static final String COLLECTION = "rate_limits";

    private final MongoCollection<Document> buckets;
    private final ExpirationAfterWriteStrategy expiration;

    public MongoBucketStore(MongoDatabase database, ClientSideConfig config) {
        super(config);
        this.buckets = database.getCollection(COLLECTION);
        this.expiration = config.getExpirationAfterWriteStrategy().orElseThrow(
                () -> new IllegalArgumentException("rate-limit buckets need an expiration strategy"));
        buckets.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    /** Deletes expired buckets now; MongoDB's TTL monitor does the same about once a minute. */
    public long purgeExpired(long nowMillis) {
        return buckets.deleteMany(Filters.lt("expiresAt", new Date(nowMillis))).getDeletedCount();
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                Document stored = buckets.find(Filters.eq("_id", key)).projection(Projections.include("state")).first();
                return Optional.ofNullable(stored).map(d -> d.get("state", Binary.class).getData());
            }

            @Override
            public boolean compareAndSwap(byte[] originalData, byte[] newData, RemoteBucketState newState,
                                          Optional<Long> timeoutNanos) {
                long now = getClientSideTime();
                Date expiresAt = new Date(TimeUnit.NANOSECONDS.toMillis(now)
                        + expiration.calculateTimeToLiveMillis(newState, now));
                if (originalData == null) {
                    return insert(key, newData, expiresAt);
                }
                return buckets.updateOne(Filters.and(Filters.eq("_id", key), Filters.eq("state", new Binary(originalData))),
                        Updates.combine(Updates.set("state", new Binary(newData)), Updates.set("expiresAt", expiresAt)))
                        .getModifiedCount() == 1;
            }
        };
    }

    private boolean insert(String key, byte[] state, Date expiresAt) {
        try {
            buckets.insertOne(new Document("_id", key).append("state", new Binary(state)).append("expiresAt", expiresAt));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("rate-limit buckets are used synchronously");
    }

    @Override
    public void removeProxy(String key) {
        buckets.deleteOne(Filters.eq("_id", key));
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        return CompletableFuture.runAsync(() -> removeProxy(key));
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }
}
