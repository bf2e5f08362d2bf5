package io.membership.invitationservice.invitation.accept;

import io.membership.testsupport.ScratchDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AcceptanceClaimsIntegrationTest {

    private static final Duration HOLD = Duration.ofSeconds(30);
    private final ScratchDatabase scratch = ScratchDatabase.create("claims");
    private final Instant now = Instant.parse("2026-12-08T10:00:00Z");

    @AfterEach
    void drop() {
        scratch.close();
    }

    private AcceptanceClaims at(Instant instant) {
        return new AcceptanceClaims(scratch.database(), Clock.fixed(instant, ZoneOffset.UTC), HOLD);
    }

    @Test
    void aSecondContenderIsRefusedWhileTheFirstHoldsTheClaim() {
        UUID invitation = UUID.randomUUID();

        assertThat(at(now).claim(invitation)).isPresent();
        assertThat(at(now.plusSeconds(5)).claim(invitation)).isEmpty();
        assertThat(at(now).claim(UUID.randomUUID())).as("another invitation").isPresent();
    }

    @Test
    void aReleasedClaimCanBeTakenAgain() {
        UUID invitation = UUID.randomUUID();
        AcceptanceClaims.Claim first = at(now).claim(invitation).orElseThrow();

        at(now).release(first);

        assertThat(at(now).claim(invitation)).isPresent();
    }

    @Test
    void onlyItsHolderReleasesAClaim() {
        UUID invitation = UUID.randomUUID();
        AcceptanceClaims.Claim lapsedHolder = at(now).claim(invitation).orElseThrow();
        Optional<AcceptanceClaims.Claim> taker = at(now.plus(HOLD).plusSeconds(1)).claim(invitation);
        assertThat(taker).as("a claim of a contender that died lapses").isPresent();

        at(now.plus(HOLD).plusSeconds(2)).release(lapsedHolder);

        assertThat(at(now.plus(HOLD).plusSeconds(3)).claim(invitation)).as("the taker still holds it").isEmpty();
    }
}
