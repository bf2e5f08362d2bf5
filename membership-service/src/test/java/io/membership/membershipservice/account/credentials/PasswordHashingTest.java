package io.membership.membershipservice.account.credentials;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashingTest {

    private final PasswordHashing hashing = new PasswordHashing();

    @Test
    void hashesWithArgon2AndASaltPerPassword() {
        String first = hashing.hash("correct horse battery");
        String second = hashing.hash("correct horse battery");
        assertThat(first).startsWith("{argon2}").doesNotContain("correct horse battery").isNotEqualTo(second);
        assertThat(hashing.matches("correct horse battery", first)).isTrue();
        assertThat(hashing.matches("correct horse battery!", first)).isFalse();
    }

    @Test
    void anUnknownEmailNeverMatches() {
        assertThat(hashing.matchesNothing("decoy password that matches nothing")).isFalse();
    }
}
