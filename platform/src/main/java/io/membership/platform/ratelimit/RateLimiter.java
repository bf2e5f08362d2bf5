package io.membership.platform.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import com.mongodb.client.MongoDatabase;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Takes from token buckets shared by every instance of a service. Keys (email addresses, client addresses) are
 * stored only as SHA-256 digests, so the collection holds no personal data in clear.
 */
public class RateLimiter {

    private static final long PURGE_EVERY_MILLIS = TimeUnit.MINUTES.toMillis(10);

    private final MongoBucketStore store;
    private final TimeMeter clock;
    private final AtomicLong nextPurge = new AtomicLong();

    public RateLimiter(MongoBucketStore store, TimeMeter clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Buckets in {@code database}'s {@code rate_limits}, kept until ten seconds after they would be full again. */
    public static RateLimiter overMongo(MongoDatabase database, TimeMeter clock) {
        ClientSideConfig config = ClientSideConfig.getDefault()
                .withClientClock(clock)
                .withExpirationAfterWriteStrategy(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)));
        return new RateLimiter(new MongoBucketStore(database, config), clock);
    }

    /** Takes one; empty if allowed, otherwise how long until one is available again. */
    public Optional<Duration> take(RateLimit limit, String key) {
        purgeNowAndThen();
        ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(roundedUp(probe.getNanosToWaitForRefill()));
    }

    /** Whether one could be taken now, without taking it. */
    public Optional<Duration> check(RateLimit limit, String key) {
        EstimationProbe probe = bucket(limit, key).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(roundedUp(probe.getNanosToWaitForRefill()));
    }

    /** Returns one take, e.g. when the attempt it counted turned out to be legitimate. */
    public void giveBack(RateLimit limit, String key) {
        bucket(limit, key).addTokens(1);
    }

    /** Forgets the key's bucket, e.g. after a successful log-in. */
    public void reset(RateLimit limit, String key) {
        store.removeProxy(storageKey(limit, key));
    }

    private BucketProxy bucket(RateLimit limit, String key) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(l -> l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                .build();
        return store.builder().build(storageKey(limit, key), () -> configuration);
    }

    private void purgeNowAndThen() {
        long now = TimeUnit.NANOSECONDS.toMillis(clock.currentTimeNanos());
        long due = nextPurge.get();
        if (now >= due && nextPurge.compareAndSet(due, now + PURGE_EVERY_MILLIS)) {
            store.purgeExpired(now);
        }
    }

    private static Duration roundedUp(long nanos) {
        return Duration.ofSeconds(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1)));
    }

    static String storageKey(RateLimit limit, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return limit.name() + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
