package io.membership.invitationservice.invitation;

import io.membership.contract.Role;
import io.membership.platform.errors.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InviteInputTest {

    @Test
    void lowerCasesAndTrimsTheEmail() {
        assertThat(EmailAddresses.normalize("  Ada.Lovelace+ws@Example.CO.uk ")).isEqualTo("ada.lovelace+ws@example.co.uk");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "ada", "ada@", "@example.com", "ada@example", "ada@@example.com",
            "ada lovelace@example.com", "ada@exa mple.com", ".ada@example.com", "ada..l@example.com",
            "ada@-example.com", "ada@example.com."})
    void refusesMalformedEmails(String email) {
        assertThatThrownBy(() -> EmailAddresses.normalize(email))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("invalid-email"));
    }

    @Test
    void refusesEmailsLongerThan254Characters() {
        String domain = "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + "." + "g".repeat(60) + ".com";
        String longest = "a".repeat(254 - domain.length() - 1) + "@" + domain;
        assertThat(EmailAddresses.normalize(longest)).hasSize(254);
        assertThatThrownBy(() -> EmailAddresses.normalize("a" + longest)).isInstanceOf(ApiException.class);
    }

    @Test
    void offersMemberByDefaultAndNeverOwner() {
        assertThat(OfferedRoles.parse(null)).containsExactly(Role.MEMBER);
        assertThat(OfferedRoles.parse(List.of("admin", "AUDITOR"))).isEqualTo(Set.of(Role.ADMIN, Role.AUDITOR));
        assertThatThrownBy(() -> OfferedRoles.parse(List.of("MEMBER", "OWNER")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("owner-not-invitable"));
        assertThatThrownBy(() -> OfferedRoles.parse(List.of("ASSISTANT")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("invalid-role"));
    }

    @Test
    void acceptsOnlySupportedLocales() {
        assertThat(InvitationLocales.normalize(null)).isNull();
        assertThat(InvitationLocales.normalize("FR")).isEqualTo("fr");
        assertThatThrownBy(() -> InvitationLocales.normalize("es")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> InvitationLocales.normalize("en-US")).isInstanceOf(ApiException.class);
    }
}
