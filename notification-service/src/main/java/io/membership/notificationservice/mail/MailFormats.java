package io.membership.notificationservice.mail;

import io.membership.contract.Role;
import io.membership.notificationservice.delivery.mail.MailSettings;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Values as a reader of the email's language expects them: dates with their zone, role names. */
@Component
public class MailFormats {

    private final MessageSource messages;
    private final ZoneId zone;

    public MailFormats(@Qualifier("mailMessages") MessageSource mailMessages, MailSettings settings) {
        this.messages = mailMessages;
        this.zone = settings.timeZone();
    }

    public String dateTime(Instant instant, Locale locale) {
        String dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
        return dateTime + " " + zone.getDisplayName(TextStyle.SHORT, locale);
    }

    public String roles(Collection<Role> roles, Locale locale) {
        if (roles == null || roles.isEmpty()) {
            return messages.getMessage("role.MEMBER", null, locale);
        }
        return roles.stream().sorted()
                .map(role -> messages.getMessage("role." + role.name(), null, locale))
                .collect(Collectors.joining(", "));
    }

    /** Names go into mail headers: line breaks there would start new headers. */
    public static String singleLine(String value) {
        return value == null ? "" : value.replaceAll("[\\p{Cntrl}]+", " ").strip();
    }
}
