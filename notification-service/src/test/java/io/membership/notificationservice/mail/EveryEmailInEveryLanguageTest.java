package io.membership.notificationservice.mail;

import io.membership.contract.MemberState;
import io.membership.contract.Role;
import io.membership.contract.invitation.CancellationReason;
import io.membership.contract.invitation.InvitationCancelled;
import io.membership.contract.invitation.InvitationResent;
import io.membership.contract.invitation.InvitationSent;
import io.membership.contract.membership.MemberJoined;
import io.membership.contract.membership.MemberRevoked;
import io.membership.contract.membership.MemberRolesChanged;
import io.membership.contract.membership.OwnershipTransferred;
import io.membership.notificationservice.delivery.mail.OutgoingEmail;
import io.membership.notificationservice.reminder.store.Reminder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of email in every language: translated subject, no unresolved placeholder, plain text and HTML, and the
 * accept link exactly where one belongs.
 */
class EveryEmailInEveryLanguageTest {

    private static final MailFixture MAIL = new MailFixture();
    private static final Instant EXPIRES = Instant.parse("2030-06-07T14:30:00Z");
    private static final UUID INVITATION = UUID.randomUUID();
    private static final String INVITEE = "invitee@example.com";

    private record Kind(Function<Locale, OutgoingEmail> compose, String link) {
    }

    private static final Map<String, Kind> KINDS = Map.ofEntries(Map.entry(
            "invitation", new Kind(locale -> MAIL.invitation.compose(new InvitationSent(INVITATION, UUID.randomUUID(),
                    UUID.randomUUID(), INVITEE, Set.of(Role.MEMBER), 2, EXPIRES, "Acme", UUID.randomUUID(),
                    locale.getLanguage()), locale), MAIL.acceptLink(INVITATION, 2))),
            Map.entry("reminder", new Kind(locale -> MAIL.reminder.compose(new Reminder(INVITATION, 2,
                    EXPIRES.minusSeconds(86_400), EXPIRES, "event-1", "corr-1", UUID.randomUUID(), UUID.randomUUID(),
                    INVITEE, "Acme", Set.of(Role.ADMIN), locale.getLanguage()), locale),
                    MAIL.acceptLink(INVITATION, 2))),
            Map.entry("resent", new Kind(locale -> MAIL.invitationChange.resent(new InvitationResent(INVITATION,
                    UUID.randomUUID(), UUID.randomUUID(), INVITEE, Set.of(Role.MEMBER), 3, EXPIRES, "Acme",
                    UUID.randomUUID(), locale.getLanguage()), locale), MAIL.acceptLink(INVITATION, 3))),
            Map.entry("cancelled", new Kind(locale -> MAIL.invitationChange.cancelled(new InvitationCancelled(
                    INVITATION, UUID.randomUUID(), UUID.randomUUID(), INVITEE, CancellationReason.CANCELLED), "Acme",
                    locale), null)),
            Map.entry("joined", new Kind(locale -> MAIL.joined.welcome(joined(), "Acme", locale), null)),
            Map.entry("invitee-joined", new Kind(locale -> MAIL.joined.inviteeJoined(joined(), "inviter@example.com",
                    "Acme", locale), null)),
            Map.entry("roles-changed", new Kind(locale -> MAIL.membershipChange.rolesChanged(new MemberRolesChanged(
                    UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), INVITEE, Set.of(Role.MEMBER),
                    Set.of(Role.ADMIN)), "Acme", locale), null)),
            Map.entry("ownership-received", new Kind(locale -> MAIL.membershipChange.ownershipReceived(transfer(),
                    "Acme", locale), null)),
            Map.entry("ownership-handed-over", new Kind(locale -> MAIL.membershipChange.ownershipHandedOver(
                    transfer(), "Acme", locale), null)),
            Map.entry("access-revoked", new Kind(locale -> MAIL.membershipChange.accessRevoked(new MemberRevoked(
                    UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), INVITEE, Set.of(Role.MEMBER),
                    MemberState.ACTIVE, null), "Acme", locale), null)));

    static Stream<Arguments> kindsAndLanguages() {
        return KINDS.keySet().stream().sorted().flatMap(kind -> Stream.of("en", "fr", "de", "da")
                .map(language -> Arguments.of(kind, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("kindsAndLanguages")
    void isCompleteInItsLanguage(String kindName, String language) {
        Kind kind = KINDS.get(kindName);
        Locale locale = Locale.forLanguageTag(language);

        OutgoingEmail email = kind.compose().apply(locale);

        assertThat(email.locale()).isEqualTo(locale);
        assertThat(email.subject()).isNotBlank().contains("Acme").doesNotContain("??").doesNotContainPattern("\\v");
        for (String body : Arrays.asList(email.textBody(), email.htmlBody())) {
            assertThat(body).isNotBlank().contains("Acme")
                    .doesNotContain("??").doesNotContain("#{").doesNotContain("${").doesNotContain("[(");
            if (kind.link() == null) {
                assertThat(body).doesNotContain("http");
            } else {
                assertThat(body).contains(kind.link());
            }
        }
        assertThat(email.htmlBody()).startsWith("<!DOCTYPE html>").contains("lang=\"" + language + "\"");
        assertThat(email.textBody()).doesNotContain("<p").doesNotContain("</");
        if (!language.equals("en")) {
            assertThat(email.subject()).isNotEqualTo(kind.compose().apply(Locale.ENGLISH).subject());
        }
    }

    private static OwnershipTransferred transfer() {
        return new OwnershipTransferred(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "old@example.com",
                UUID.randomUUID(), UUID.randomUUID(), "new@example.com");
    }

    private static MemberJoined joined() {
        return new MemberJoined(UUID.randomUUID(), UUID.randomUUID(), INVITATION, UUID.randomUUID(), INVITEE,
                Set.of(Role.MEMBER));
    }
}
