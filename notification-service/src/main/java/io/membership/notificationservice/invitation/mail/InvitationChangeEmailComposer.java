package io.membership.notificationservice.invitation.mail;

import io.membership.contract.invitation.InvitationCancelled;
import io.membership.contract.invitation.InvitationResent;
import io.membership.notificationservice.delivery.mail.OutgoingEmail;
import io.membership.notificationservice.mail.MailFormats;
import io.membership.notificationservice.mail.Notice;
import io.membership.notificationservice.mail.NoticeComposer;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** A re-sent invitation (the new attempt's link; earlier ones are dead) and a cancelled one (no link at all). */
@Component
public class InvitationChangeEmailComposer {

    private final NoticeComposer composer;
    private final MailFormats formats;
    private final InvitationLinks links;

    public InvitationChangeEmailComposer(NoticeComposer composer, MailFormats formats, InvitationLinks links) {
        this.composer = composer;
        this.formats = formats;
        this.links = links;
    }

    public OutgoingEmail resent(InvitationResent resent, Locale locale) {
        String workspace = MailFormats.singleLine(resent.workspaceName());
        return composer.compose(resent.email(), locale, Notice.of("resent", workspace)
                .paragraph("intro", workspace, formats.roles(resent.roles(), locale))
                .paragraph("expiry", formats.dateTime(resent.expiresAt(), locale))
                .link(links.acceptLink(resent.invitationId(), resent.attempt()))
                .paragraph("ignore"));
    }

    public OutgoingEmail cancelled(InvitationCancelled cancelled, String workspaceName, Locale locale) {
        String workspace = MailFormats.singleLine(workspaceName);
        return composer.compose(cancelled.email(), locale, Notice.of("cancelled", workspace)
                .paragraph("body", workspace)
                .paragraph("contact"));
    }
}
