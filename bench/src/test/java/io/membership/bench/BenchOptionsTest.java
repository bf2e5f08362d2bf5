package io.membership.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchOptionsTest {

    @Test
    void defaultsStartTheEmbeddedSystemWithASmallWorkspace() {
        BenchOptions options = BenchOptions.parse(new String[0]);
        assertThat(options.remote()).isFalse();
        assertThat(options.members()).isEqualTo(2000);
        assertThat(options.jfr()).isTrue();
    }

    @Test
    void bigMeansOneHundredThousandMembers() {
        assertThat(BenchOptions.parse(new String[]{"--big"}).members()).isEqualTo(100_000);
    }

    @Test
    void phasesCanBeChosen() {
        BenchOptions options = BenchOptions.parse(new String[]{"--phases=4,5"});
        assertThat(options.runs(MembersBench.PHASE)).isTrue();
        assertThat(options.runs(Rebuild.PHASE)).isTrue();
        assertThat(options.runs(SagaBench.PHASE)).isFalse();
        assertThat(BenchOptions.parse(new String[0]).runs(RawLimits.PHASE)).isTrue();
    }

    @Test
    void runningServicesNeedEveryAddress() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[]{"--membership-url=http://localhost:8081"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--imap");
    }

    @Test
    void unknownArgumentsAreRefused() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[]{"members=5"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
