package io.membership.platform.links;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvitationLinkTokensTest {

    private final InvitationLinkTokens tokens = new InvitationLinkTokens("a-secret-of-at-least-thirty-two-bytes!!");
    private final UUID invitation = UUID.randomUUID();

    @Test
    void aTokenMatchesOnlyItsInvitationAndAttempt() {
        String token = tokens.tokenFor(invitation, 1);

        assertThat(tokens.matches(invitation, 1, token)).isTrue();
        assertThat(tokens.matches(invitation, 2, token)).isFalse();
        assertThat(tokens.matches(UUID.randomUUID(), 1, token)).isFalse();
        assertThat(tokens.matches(invitation, 1, token + "A")).isFalse();
        assertThat(tokens.matches(invitation, 1, null)).isFalse();
    }

    @Test
    void aTokenOfAnyAttemptUpToTheLimitIsRecognisedWithoutKnowingWhichAttempt() {
        assertThat(tokens.matchesSomeAttempt(invitation, 20, tokens.tokenFor(invitation, 1))).isTrue();
        assertThat(tokens.matchesSomeAttempt(invitation, 20, tokens.tokenFor(invitation, 20))).isTrue();
        assertThat(tokens.matchesSomeAttempt(invitation, 20, tokens.tokenFor(invitation, 21))).isFalse();
        assertThat(tokens.matchesSomeAttempt(invitation, 20, tokens.tokenFor(UUID.randomUUID(), 1))).isFalse();
        assertThat(tokens.matchesSomeAttempt(invitation, 20, "guess")).isFalse();
    }

    @Test
    void tokensCarry256BitsAndDependOnTheSecret() {
        String token = tokens.tokenFor(invitation, 1);

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(new InvitationLinkTokens("another-secret-of-at-least-thirty-two-b").tokenFor(invitation, 1))
                .isNotEqualTo(token);
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> new InvitationLinkTokens("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
