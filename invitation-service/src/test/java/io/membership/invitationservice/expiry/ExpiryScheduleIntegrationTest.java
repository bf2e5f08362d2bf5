package io.membership.invitationservice.expiry;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.membership.infra.SharedInfrastructure;
import io.membership.testsupport.ManualClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiryScheduleIntegrationTest {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static MongoClient client;
    private MongoDatabase database;
    private ManualClock clock;
    private final Map<UUID, AtomicInteger> expiries = new ConcurrentHashMap<>();
    private final InvitationExpirer countingExpirer =
            id -> expiries.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();

    @BeforeAll
    static void connect() {
        client = MongoClients.create(SharedInfrastructure.get().mongoUri());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void freshDatabase() {
        database = client.getDatabase("invitation-expiry-" + UUID.randomUUID().toString().substring(0, 8));
        clock = ManualClock.startingNow();
    }

    @Test
    void theEarliestDueClaimIsServedByAnIndexOnTheExpiry() {
        newSchedule();

        List<Object> keys = database.getCollection(ExpirySchedule.COLLECTION).listIndexes()
                .map(index -> index.get("key")).into(new ArrayList<>());

        assertThat(keys).contains(new org.bson.Document("expiresAt", 1));
    }

    @Test
    void twoInstancesExpireEachDueInvitationExactlyOnce() throws Exception {
        ExpirySchedule schedule = newSchedule();
        List<UUID> invitations = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            UUID id = UUID.randomUUID();
            invitations.add(id);
            schedule.schedule(id, 1, clock.instant().minusSeconds(1));
        }
        ExpiryPoller first = new ExpiryPoller(newSchedule(), countingExpirer, Duration.ofSeconds(1));
        ExpiryPoller second = new ExpiryPoller(newSchedule(), countingExpirer, Duration.ofSeconds(1));

        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<Integer> a = threads.submit(() -> { start.await(); return first.fireDue(); });
            Future<Integer> b = threads.submit(() -> { start.await(); return second.fireDue(); });
            start.countDown();
            assertThat(a.get(30, TimeUnit.SECONDS) + b.get(30, TimeUnit.SECONDS)).isEqualTo(40);
        } finally {
            threads.shutdownNow();
        }
        assertThat(expiries.keySet()).containsExactlyInAnyOrderElementsOf(invitations);
        assertThat(expiries.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(schedule.size()).isZero();
    }

    @Test
    void firesNothingBeforeItIsDue() {
        UUID invitation = UUID.randomUUID();
        newSchedule().schedule(invitation, 1, clock.instant().plus(Duration.ofDays(7)));
        ExpiryPoller poller = new ExpiryPoller(newSchedule(), countingExpirer, Duration.ofSeconds(1));

        assertThat(poller.fireDue()).isZero();
        clock.advance(Duration.ofDays(7));
        assertThat(poller.fireDue()).isEqualTo(1);
        assertThat(expiries).containsOnlyKeys(invitation);
    }

    @Test
    void aRestartedInstanceFiresWhatWasScheduledBefore() {
        UUID invitation = UUID.randomUUID();
        newSchedule().schedule(invitation, 1, clock.instant().plusSeconds(2));
        clock.advance(Duration.ofSeconds(5));

        ExpiryPoller afterRestart = new ExpiryPoller(newSchedule(), countingExpirer, Duration.ofSeconds(1));
        assertThat(afterRestart.fireDue()).isEqualTo(1);
        assertThat(expiries.get(invitation)).hasValue(1);
    }

    @Test
    void takesOverAnEntryWhoseInstanceDiedOnceTheLeaseRunsOut() {
        UUID invitation = UUID.randomUUID();
        ExpirySchedule schedule = newSchedule();
        schedule.schedule(invitation, 1, clock.instant().minusSeconds(1));
        assertThat(schedule.claimNextDue("instance-that-crashes")).contains(invitation);

        ExpiryPoller survivor = new ExpiryPoller(newSchedule(), countingExpirer, Duration.ofSeconds(1));
        assertThat(survivor.fireDue()).isZero();
        clock.advance(LEASE.plusSeconds(1));
        assertThat(survivor.fireDue()).isEqualTo(1);
        assertThat(schedule.size()).isZero();
    }

    @Test
    void retriesAFailedExpiryAfterTheLease() {
        UUID invitation = UUID.randomUUID();
        newSchedule().schedule(invitation, 1, clock.instant().minusSeconds(1));
        AtomicInteger attempts = new AtomicInteger();
        ExpiryPoller poller = new ExpiryPoller(newSchedule(), id -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("event store away");
            }
        }, Duration.ofSeconds(1));

        assertThat(poller.fireDue()).isZero();
        assertThat(poller.fireDue()).isZero();
        clock.advance(LEASE.plusSeconds(1));
        assertThat(poller.fireDue()).isEqualTo(1);
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aRepeatedScheduleKeepsTheClaimAndALaterAttemptMovesTheExpiry() {
        UUID invitation = UUID.randomUUID();
        ExpirySchedule schedule = newSchedule();
        Instant firstExpiry = clock.instant().minusSeconds(1);
        schedule.schedule(invitation, 1, firstExpiry);
        assertThat(schedule.claimNextDue("busy-instance")).contains(invitation);

        schedule.schedule(invitation, 1, firstExpiry);
        assertThat(schedule.claimNextDue("other-instance")).isEmpty();

        schedule.schedule(invitation, 2, clock.instant().plus(Duration.ofDays(7)));
        assertThat(schedule.claimNextDue("other-instance")).isEmpty();
        assertThat(schedule.size()).isEqualTo(1);
    }

    private ExpirySchedule newSchedule() {
        return new ExpirySchedule(database, clock, LEASE);
    }
}
