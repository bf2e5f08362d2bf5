package io.membership.queryservice.consistency;

import io.membership.platform.errors.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsistencyTokenTest {

    @Test
    void severalTokensAreReadAndTheHighestPerAggregateCounts() {
        assertThat(ConsistencyToken.parse("ws-1:4, inv-2:0,ws-1:7"))
                .isEqualTo(Map.of("ws-1", 7L, "inv-2", 0L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ws", "ws:", ":3", "ws:-1", "ws:x", "a b:1", "ws:1234567890123456789"})
    void malformedTokensAreRefused(String token) {
        assertThatThrownBy(() -> ConsistencyToken.parse(token)).isInstanceOf(ApiException.class);
    }

    @Test
    void atMostTwentyPositionsAreAwaited() {
        String many = "a:1,".repeat(21) + "a:1";
        assertThatThrownBy(() -> ConsistencyToken.parse(many)).isInstanceOf(ApiException.class);
    }
}
