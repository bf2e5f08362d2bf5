package io.membership.membershipservice.account.credentials;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void acceptsTenToOneHundredTwentyEightCharacters() {
        assertThat(PasswordPolicy.problem("a".repeat(10), "ann@example.com")).isEmpty();
        assertThat(PasswordPolicy.problem("a".repeat(128), "ann@example.com")).isEmpty();
    }

    @Test
    void refusesShortLongAndMissingPasswords() {
        assertThat(PasswordPolicy.problem("a".repeat(9), "ann@example.com")).isPresent();
        assertThat(PasswordPolicy.problem("a".repeat(129), "ann@example.com")).isPresent();
        assertThat(PasswordPolicy.problem(null, "ann@example.com")).isPresent();
        assertThat(PasswordPolicy.problem("           ", "ann@example.com")).isPresent();
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String tenEmoji = "\uD83D\uDE00".repeat(10);
        assertThat(PasswordPolicy.problem(tenEmoji, "ann@example.com")).isEmpty();
        assertThat(PasswordPolicy.problem("\uD83D\uDE00".repeat(5), "ann@example.com")).isPresent();
    }

    @Test
    void refusesThePasswordThatIsTheEmail() {
        assertThat(PasswordPolicy.problem("Ann.Lee@Example.com", "ann.lee@example.com"))
                .contains("password must not be the email address");
    }
}
