package io.membership.membershipservice.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressTest {

    @Test
    void normalisesToTrimmedLowerCase() {
        assertThat(EmailAddress.parse("  Ann.Lee+Work@Example.COM ")).contains("ann.lee+work@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ann", "ann@", "@example.com", "ann@example", "ann@@example.com", "ann..lee@example.com",
            ".ann@example.com", "ann@-example.com", "ann@exa_mple.com", "ann lee@example.com", "ann@example.c0m"})
    void refusesMalformedAddresses(String raw) {
        assertThat(EmailAddress.parse(raw)).isEmpty();
    }

    @Test
    void refusesAddressesLongerThan254Characters() {
        String domain = "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(50) + ".com";
        String longest = "x".repeat(EmailAddress.MAX_LENGTH - domain.length() - 1) + "@" + domain;
        assertThat(longest).hasSize(254);
        assertThat(EmailAddress.parse(longest)).isPresent();
        assertThat(EmailAddress.parse("x" + longest)).isEmpty();
    }

    @Test
    void refusesALocalPartLongerThan64Characters() {
        assertThat(EmailAddress.parse("a".repeat(64) + "@example.com")).isPresent();
        assertThat(EmailAddress.parse("a".repeat(65) + "@example.com")).isEmpty();
    }

    @Test
    void refusesNull() {
        assertThat(EmailAddress.parse(null)).isEmpty();
    }
}
