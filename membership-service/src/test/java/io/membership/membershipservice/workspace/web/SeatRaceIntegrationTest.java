package io.membership.membershipservice.workspace.web;

import com.mongodb.client.model.Filters;
import io.membership.contract.membership.ReserveSeat;
import io.membership.membershipservice.support.MembershipIntegrationTest;
import io.membership.membershipservice.support.TestAccounts;
import io.membership.membershipservice.support.TestAccounts.LoggedIn;
import io.membership.platform.axon.CommandDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The seat check cannot be overshot by parallel invitations: 20 at once against 5 free seats reserve exactly 5. */
class SeatRaceIntegrationTest extends MembershipIntegrationTest {

    @Autowired
    private CommandDispatcher commands;

    @Test
    void twentyConcurrentInvitesAgainstFiveFreeSeatsReserveExactlyFive() throws Exception {
        LoggedIn owner = accounts().registerAndLogIn(TestAccounts.uniqueEmail("owner"));
        UUID workspaceId = accounts().createWorkspace(owner, "Race", 6, null);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<CompletableFuture<Void>> invites = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String email = "racer" + i + "@example.com";
                invites.add(CompletableFuture.runAsync(() -> {
                    awaitStart(start);
                    commands.send(new ReserveSeat(workspaceId, UUID.randomUUID(), email, Set.of(), owner.accountId()),
                            owner.accountId().toString(), null);
                }, pool));
            }
            start.countDown();
            CompletableFuture.allOf(invites.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(stored(workspaceId, "SeatReserved$")).isEqualTo(5);
        assertThat(stored(workspaceId, "SeatReservationRejected$")).isEqualTo(15);
    }

    private long stored(UUID workspaceId, String payloadType) {
        return database().getCollection("domainevents").countDocuments(Filters.and(
                Filters.eq("aggregateIdentifier", workspaceId.toString()), Filters.regex("payloadType", payloadType)));
    }

    private static void awaitStart(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
