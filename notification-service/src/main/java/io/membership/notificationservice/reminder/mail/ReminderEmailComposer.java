package io.membership.notificationservice.reminder.mail;

import io.membership.notificationservice.delivery.mail.OutgoingEmail;
import io.membership.notificationservice.invitation.mail.InvitationLinks;
import io.membership.notificationservice.mail.MailFormats;
import io.membership.notificationservice.mail.Notice;
import io.membership.notificationservice.mail.NoticeComposer;
import io.membership.notificationservice.reminder.store.Reminder;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** The reminder: same attempt's link as the invitation (it still works), and when it stops working. */
@Component
public class ReminderEmailComposer {

    private final NoticeComposer composer;
    private final MailFormats formats;
    private final InvitationLinks links;

    public ReminderEmailComposer(NoticeComposer composer, MailFormats formats, InvitationLinks links) {
        this.composer = composer;
        this.formats = formats;
        this.links = links;
    }

    public OutgoingEmail compose(Reminder reminder, Locale locale) {
        String workspace = MailFormats.singleLine(reminder.workspaceName());
        return composer.compose(reminder.email(), locale, Notice.of("reminder", workspace)
                .paragraph("intro", workspace, formats.roles(reminder.roles(), locale))
                .paragraph("expiry", formats.dateTime(reminder.expiresAt(), locale))
                .link(links.acceptLink(reminder.invitationId(), reminder.attempt()))
                .paragraph("ignore"));
    }
}
