package io.membership.notificationservice.mail;

import io.membership.notificationservice.delivery.mail.OutgoingEmail;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Notice} with the shared {@code notice} templates (plain text and HTML). A key missing from every
 * bundle fails the rendering (and so the delivery) instead of mailing a placeholder.
 */
@Component
public class NoticeComposer {

    private final ITemplateEngine templates;
    private final MessageSource messages;

    public NoticeComposer(@Qualifier("mailTemplateEngine") ITemplateEngine mailTemplateEngine,
                          @Qualifier("mailMessages") MessageSource mailMessages) {
        this.templates = mailTemplateEngine;
        this.messages = mailMessages;
    }

    public OutgoingEmail compose(String to, Locale locale, Notice notice) {
        String subject = MailFormats.singleLine(
                messages.getMessage(notice.key() + ".subject", notice.subjectArgs(), locale));
        List<String> paragraphs = notice.paragraphs().stream()
                .map(p -> messages.getMessage(p.code(), p.args(), locale)).toList();
        Context model = new Context(locale);
        model.setVariable("subject", subject);
        model.setVariable("greeting", messages.getMessage("notice.greeting", null, locale));
        model.setVariable("paragraphs", paragraphs);
        model.setVariable("link", notice.link());
        if (notice.link() != null) {
            model.setVariable("button", messages.getMessage(notice.key() + ".button", null, locale));
            model.setVariable("linkFallback", messages.getMessage("notice.link-fallback", null, locale));
        }
        model.setVariable("footer", messages.getMessage("notice.footer", null, locale));
        return new OutgoingEmail(to, subject, templates.process("notice.txt", model),
                templates.process("notice.html", model), locale);
    }
}
