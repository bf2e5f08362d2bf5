package io.membership.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatenciesTest {

    @Test
    void percentilesUseNearestRankInMilliseconds() {
        Latencies latencies = new Latencies(1_000);
        for (int ms = 1; ms <= 100; ms++) {
            latencies.record(ms * 1_000_000L);
        }
        assertThat(latencies.millis(0.5)).isEqualTo(50.0);
        assertThat(latencies.millis(0.99)).isEqualTo(99.0);
        assertThat(latencies.millis(1.0)).isEqualTo(100.0);
    }

    @Test
    void noSamplesGiveNoFigureRatherThanZero() {
        assertThat(new Latencies(10).millis(0.5)).isNaN();
    }

    @Test
    void samplesBeyondCapacityAreNotKeptButErrorsAreCounted() {
        Latencies latencies = new Latencies(2);
        latencies.record(1);
        latencies.record(2);
        latencies.record(3);
        latencies.error();
        assertThat(latencies.count()).isEqualTo(2);
        assertThat(latencies.errors()).isEqualTo(1);
    }
}
