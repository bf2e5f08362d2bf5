package io.membership.gateway.pages;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryWaitTest {

    @Test
    void thePageSaysTheWaitTheServiceAskedFor() {
        assertThat(RetryWait.seconds("17")).isEqualTo(17);
        assertThat(RetryWait.seconds(" 0 ")).isEqualTo(1);
    }

    @Test
    void withoutASecondsValueAMinuteIsSaid() {
        assertThat(RetryWait.seconds(null)).isEqualTo(RetryWait.DEFAULT_SECONDS);
        assertThat(RetryWait.seconds("Wed, 21 Oct 2026 07:28:00 GMT")).isEqualTo(RetryWait.DEFAULT_SECONDS);
    }
}
