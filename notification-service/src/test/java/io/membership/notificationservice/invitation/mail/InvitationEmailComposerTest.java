package io.membership.notificationservice.invitation.mail;

import io.membership.contract.Role;
import io.membership.contract.invitation.InvitationSent;
import io.membership.notificationservice.config.MailTemplateConfiguration;
import io.membership.notificationservice.delivery.mail.MailSettings;
import io.membership.notificationservice.delivery.mail.OutgoingEmail;
import io.membership.platform.links.InvitationLinkTokens;
import io.membership.notificationservice.mail.MailLocales;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationEmailComposerTest {

    private static final String SECRET = "a-test-secret-that-is-long-enough-for-hmac";
    private static final Instant EXPIRES = Instant.parse("2030-06-07T14:30:00Z");

    private final InvitationLinkTokens tokens = new InvitationLinkTokens(SECRET);
    private final InvitationEmailComposer composer = composer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Invitation to join the Acme workspace            | June 7, 2030   | as assistant
            fr | Invitation à l'espace de travail Acme            | 7 juin 2030    | avec le rôle : assistant
            de | Einladung in den Arbeitsbereich Acme             | 7. Juni 2030   | als Mitglied
            da | Invitation til at deltage i arbejdsområdet Acme  | 7. juni 2030   | som assistent
            """)
    void writesTheInvitationInTheInviteesLanguage(String language, String subject, String expiryDate, String role) {
        InvitationSent invitation = invitation("Acme", language, 2);

        OutgoingEmail email = composer.compose(invitation, MailLocales.resolve(language));

        String link = "https://app.example.com/invitations/" + invitation.invitationId() + "?token="
                + tokens.tokenFor(invitation.invitationId(), 2);
        assertThat(email.subject()).isEqualTo(subject);
        assertThat(email.to()).isEqualTo("invitee@example.com");
        for (String body : new String[] {email.textBody(), email.htmlBody()}) {
            assertThat(body).contains(link).contains(expiryDate).contains("UTC").contains("Acme");
            assertThat(body).doesNotContain("??").doesNotContain("#{").doesNotContain("${");
        }
        assertThat(email.textBody()).contains(role);
        assertThat(email.htmlBody()).contains("lang=\"" + language + "\"");
    }

    @Test
    void linkOfAnOlderAttemptIsNotInTheEmail() {
        InvitationSent invitation = invitation("Acme", "en", 3);

        OutgoingEmail email = composer.compose(invitation, Locale.ENGLISH);

        assertThat(email.textBody()).contains(tokens.tokenFor(invitation.invitationId(), 3))
                .doesNotContain(tokens.tokenFor(invitation.invitationId(), 2));
    }

    @Test
    void unsupportedLanguageFallsBackToEnglish() {
        OutgoingEmail email = composer.compose(invitation("Acme", "es", 1), MailLocales.resolve("es-ES"));

        assertThat(email.subject()).isEqualTo("Invitation to join the Acme workspace");
        assertThat(email.textBody()).contains("This invitation expires on June 7, 2030");
    }

    @Test
    void namesEveryOfferedRole() {
        InvitationSent invitation = new InvitationSent(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "invitee@example.com", Set.of(Role.ADMIN, Role.MEMBER), 1, EXPIRES, "Acme", UUID.randomUUID(), "en");

        assertThat(composer.compose(invitation, Locale.ENGLISH).textBody()).contains("as assistant, admin.");
    }

    @Test
    void workspaceNameCannotInjectMarkupOrHeaders() {
        OutgoingEmail email = composer.compose(invitation("<b>Acme</b> & Co\r\nBcc: x@evil.test", "en", 1),
                Locale.ENGLISH);

        assertThat(email.subject()).doesNotContain("\r").doesNotContain("\n");
        assertThat(email.htmlBody()).doesNotContain("<b>Acme</b>").contains("&lt;b&gt;Acme&lt;/b&gt; &amp; Co");
    }

    @Test
    void printingTheEmailDoesNotRevealTheLink() {
        InvitationSent invitation = invitation("Acme", "en", 1);

        OutgoingEmail email = composer.compose(invitation, Locale.ENGLISH);

        assertThat(email.toString()).doesNotContain(tokens.tokenFor(invitation.invitationId(), 1));
    }

    private static InvitationSent invitation(String workspace, String locale, int attempt) {
        return new InvitationSent(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "invitee@example.com",
                Set.of(Role.MEMBER), attempt, EXPIRES, workspace, UUID.randomUUID(), locale);
    }

    private InvitationEmailComposer composer() {
        MailTemplateConfiguration templates = new MailTemplateConfiguration();
        ResourceBundleMessageSource messages = templates.mailMessages();
        MailSettings settings = new MailSettings("Workspace <no-reply@workspace.local>", ZoneId.of("UTC"),
                new MailSettings.Retry(5, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(15)));
        return new InvitationEmailComposer(templates.mailTemplateEngine(messages), messages,
                new InvitationLinks("https://app.example.com/", tokens), settings);
    }
}
