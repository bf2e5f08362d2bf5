package io.membership.platform.ratelimit;

import com.mongodb.client.MongoDatabase;
import io.membership.testsupport.ManualClock;
import io.membership.testsupport.ScratchDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterIntegrationTest {

    private static final RateLimit THREE_PER_MINUTE = new RateLimit("test", 3, Duration.ofMinutes(1));

    private final ManualClock clock = ManualClock.startingNow();
    private final ScratchDatabase scratch = ScratchDatabase.create("ratelimit");
    private final MongoDatabase database = scratch.database();

    @AfterEach
    void dropTheDatabase() {
        scratch.close();
    }

    private RateLimiter instance() {
        return RateLimiter.overMongo(database, clock);
    }

    private void advance(Duration duration) {
        clock.advance(duration);
    }

    @Test
    void allowsUpToTheCapacityThenSaysHowLongToWait() {
        RateLimiter limiter = instance();

        assertThat(limiter.take(THREE_PER_MINUTE, "a@example.com")).isEmpty();
        assertThat(limiter.take(THREE_PER_MINUTE, "a@example.com")).isEmpty();
        assertThat(limiter.take(THREE_PER_MINUTE, "a@example.com")).isEmpty();

        assertThat(limiter.take(THREE_PER_MINUTE, "a@example.com")).contains(Duration.ofSeconds(20));
        assertThat(limiter.take(THREE_PER_MINUTE, "b@example.com")).isEmpty();
    }

    @Test
    void givesATakeBackEveryPeriodDividedByCapacity() {
        RateLimiter limiter = instance();
        for (int i = 0; i < 3; i++) {
            limiter.take(THREE_PER_MINUTE, "a@example.com");
        }

        advance(Duration.ofSeconds(15));
        assertThat(limiter.take(THREE_PER_MINUTE, "a@example.com")).contains(Duration.ofSeconds(5));
        advance(Duration.ofSeconds(5));
        assertThat(limiter.take(THREE_PER_MINUTE, "a@example.com")).isEmpty();
    }

    @Test
    void checkingDoesNotTake() {
        RateLimiter limiter = instance();
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.check(THREE_PER_MINUTE, "a@example.com")).isEmpty();
        }
        for (int i = 0; i < 3; i++) {
            limiter.take(THREE_PER_MINUTE, "a@example.com");
        }
        assertThat(limiter.check(THREE_PER_MINUTE, "a@example.com")).contains(Duration.ofSeconds(20));
    }

    @Test
    void resetForgetsTheKey() {
        RateLimiter limiter = instance();
        for (int i = 0; i < 3; i++) {
            limiter.take(THREE_PER_MINUTE, "a@example.com");
        }
        limiter.reset(THREE_PER_MINUTE, "a@example.com");
        assertThat(limiter.take(THREE_PER_MINUTE, "a@example.com")).isEmpty();
    }

    @Test
    void aTakeGivenBackCanBeTakenAgainButNeverBeyondTheCapacity() {
        RateLimiter limiter = instance();
        for (int i = 0; i < 3; i++) {
            limiter.take(THREE_PER_MINUTE, "a@example.com");
        }
        limiter.giveBack(THREE_PER_MINUTE, "a@example.com");
        assertThat(limiter.take(THREE_PER_MINUTE, "a@example.com")).isEmpty();

        limiter.giveBack(THREE_PER_MINUTE, "b@example.com");
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.take(THREE_PER_MINUTE, "b@example.com")).isEmpty();
        }
        assertThat(limiter.take(THREE_PER_MINUTE, "b@example.com")).isPresent();
    }

    @Test
    void instancesOfAServiceCountAgainstTheSameBucket() {
        RateLimiter first = instance();
        RateLimiter second = instance();

        assertThat(first.take(THREE_PER_MINUTE, "a@example.com")).isEmpty();
        assertThat(second.take(THREE_PER_MINUTE, "a@example.com")).isEmpty();
        assertThat(first.take(THREE_PER_MINUTE, "a@example.com")).isEmpty();
        assertThat(second.take(THREE_PER_MINUTE, "a@example.com")).isPresent();
    }

    @Test
    void simultaneousTakesNeverExceedTheCapacity() throws Exception {
        RateLimit ten = new RateLimit("parallel", 10, Duration.ofHours(1));
        List<RateLimiter> instances = List.of(instance(), instance(), instance());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                RateLimiter limiter = instances.get(i % instances.size());
                attempts.add(() -> limiter.take(ten, "10.0.0.1").isEmpty());
            }
            long allowed = 0;
            for (Future<Boolean> result : pool.invokeAll(attempts)) {
                allowed += result.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keepsNoKeyInClear() {
        instance().take(THREE_PER_MINUTE, "someone@example.com");

        List<Document> stored = database.getCollection(MongoBucketStore.COLLECTION).find().into(new ArrayList<>());
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).toJson()).doesNotContain("someone").doesNotContain("example.com");
    }

    @Test
    void bucketsThatWouldBeFullAgainArePurged() {
        RateLimiter limiter = instance();
        limiter.take(THREE_PER_MINUTE, "a@example.com");
        advance(Duration.ofMinutes(11));

        limiter.take(THREE_PER_MINUTE, "b@example.com");

        List<String> ids = database.getCollection(MongoBucketStore.COLLECTION).distinct("_id", String.class)
                .into(new ArrayList<>());
        assertThat(ids).containsExactly(RateLimiter.storageKey(THREE_PER_MINUTE, "b@example.com"));
    }
}
