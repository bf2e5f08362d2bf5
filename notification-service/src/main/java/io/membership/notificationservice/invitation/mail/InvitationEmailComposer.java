package io.membership.notificationservice.invitation.mail;

import io.membership.contract.Role;
import io.membership.contract.invitation.InvitationSent;
import io.membership.notificationservice.delivery.mail.MailSettings;
import io.membership.notificationservice.delivery.mail.OutgoingEmail;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders the invitation email in the invitee's language: subject, plain text and HTML, with the accept link. */
@Component
public class InvitationEmailComposer {

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final InvitationLinks links;
    private final ZoneId zone;

    public InvitationEmailComposer(@Qualifier("mailTemplateEngine") ITemplateEngine mailTemplateEngine,
                                   @Qualifier("mailMessages") MessageSource mailMessages,
                                   InvitationLinks links, MailSettings settings) {
        this.templates = mailTemplateEngine;
        this.messages = mailMessages;
        this.links = links;
        this.zone = settings.timeZone();
    }

    public OutgoingEmail compose(InvitationSent invitation, Locale locale) {
        String workspace = singleLine(invitation.workspaceName());
        Context model = new Context(locale);
        model.setVariable("workspace", workspace);
        model.setVariable("roles", roleNames(invitation.roles(), locale));
        model.setVariable("link", links.acceptLink(invitation.invitationId(), invitation.attempt()));
        model.setVariable("expiresAt", formatExpiry(invitation.expiresAt(), locale));
        String subject = messages.getMessage("invitation.subject", new Object[] {workspace}, locale);
        return new OutgoingEmail(invitation.email(), subject, templates.process("invitation.txt", model),
                templates.process("invitation.html", model), locale);
    }

    String formatExpiry(Instant expiresAt, Locale locale) {
        String dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(expiresAt);
        return dateTime + " " + zone.getDisplayName(TextStyle.SHORT, locale);
    }

    private String roleNames(Collection<Role> roles, Locale locale) {
        if (roles == null || roles.isEmpty()) {
            return messages.getMessage("role.MEMBER", null, locale);
        }
        return roles.stream().sorted()
                .map(role -> messages.getMessage("role." + role.name(), null, locale))
                .collect(Collectors.joining(", "));
    }

    /** A workspace name goes into a mail header: line breaks there would start new headers. */
    private static String singleLine(String value) {
        return value == null ? "" : value.replaceAll("[\\p{Cntrl}]+", " ").strip();
    }
}
