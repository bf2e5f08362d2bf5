package io.membership.launcher;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RestartsTest {

    private static final Duration QUICK = Duration.ofSeconds(5);

    @Test
    void quickDeathsWaitOneSecondThenDoubleUpToThirty() {
        Restarts restarts = new Restarts();

        assertThat(restarts.died(QUICK)).hasSeconds(1);
        assertThat(restarts.died(QUICK)).hasSeconds(2);
        assertThat(restarts.died(QUICK)).hasSeconds(4);
        assertThat(restarts.died(QUICK)).hasSeconds(8);
        assertThat(restarts.died(QUICK)).hasSeconds(16);
        assertThat(restarts.died(QUICK)).hasSeconds(30);
        assertThat(restarts.died(QUICK)).hasSeconds(30);
        assertThat(restarts.restarts()).isEqualTo(7);
    }

    @Test
    void givesUpAfterEightQuickDeathsInARow() {
        Restarts restarts = new Restarts();
        for (int death = 1; death <= Restarts.MAX_QUICK_DEATHS; death++) {
            assertThat(restarts.died(QUICK)).isNotNull();
        }

        assertThat(restarts.died(QUICK)).isNull();
    }

    @Test
    void aJvmThatStayedUpAMinuteStartsTheBackOffAfresh() {
        Restarts restarts = new Restarts();
        for (int death = 1; death <= Restarts.MAX_QUICK_DEATHS; death++) {
            restarts.died(QUICK);
        }

        assertThat(restarts.died(Duration.ofMinutes(2))).hasSeconds(1);
        assertThat(restarts.quickDeaths()).isEqualTo(1);
    }

    @Test
    void namesTheCauseOfADeath() {
        assertThat(Restarts.cause(137)).isEqualTo("killed (SIGKILL)");
        assertThat(Restarts.cause(3)).contains("out of memory");
        assertThat(Restarts.cause(1)).isEqualTo("exited with code 1");
        assertThat(Restarts.cause(130)).isEqualTo("stopped by signal 2");
    }
}
