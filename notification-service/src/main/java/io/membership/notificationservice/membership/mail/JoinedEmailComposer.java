package io.membership.notificationservice.membership.mail;

import io.membership.contract.membership.MemberJoined;
import io.membership.notificationservice.delivery.mail.OutgoingEmail;
import io.membership.notificationservice.mail.MailFormats;
import io.membership.notificationservice.mail.Notice;
import io.membership.notificationservice.mail.NoticeComposer;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** "You joined the workspace" for the new member, "they joined" for the person who invited them. */
@Component
public class JoinedEmailComposer {

    private final NoticeComposer composer;
    private final MailFormats formats;

    public JoinedEmailComposer(NoticeComposer composer, MailFormats formats) {
        this.composer = composer;
        this.formats = formats;
    }

    public OutgoingEmail welcome(MemberJoined joined, String workspaceName, Locale locale) {
        String workspace = MailFormats.singleLine(workspaceName);
        return composer.compose(joined.email(), locale, Notice.of("joined", workspace)
                .paragraph("body", workspace, formats.roles(joined.roles(), locale))
                .paragraph("login", joined.email()));
    }

    public OutgoingEmail inviteeJoined(MemberJoined joined, String inviterEmail, String workspaceName,
                                       Locale locale) {
        String workspace = MailFormats.singleLine(workspaceName);
        String member = MailFormats.singleLine(joined.email());
        return composer.compose(inviterEmail, locale, Notice.of("invitee-joined", member, workspace)
                .paragraph("body", member, workspace, formats.roles(joined.roles(), locale)));
    }
}
