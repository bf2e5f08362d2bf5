package io.membership.notificationservice.delivery.mail;

import java.util.Locale;
import java.util.Objects;

/**
 * A rendered email. Its bodies may hold a secret (an invitation link): {@link #toString()} leaves them out, so a log
 * line or an exception message that prints the email cannot leak it.
 */
public record OutgoingEmail(String to, String subject, String textBody, String htmlBody, Locale locale) {

    public OutgoingEmail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(htmlBody, "htmlBody");
        Objects.requireNonNull(locale, "locale");
    }

    @Override
    public String toString() {
        return "OutgoingEmail[to=" + to + ", subject=" + subject + ", locale=" + locale.toLanguageTag() + "]";
    }
}
