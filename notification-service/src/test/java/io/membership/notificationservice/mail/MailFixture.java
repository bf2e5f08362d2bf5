package io.membership.notificationservice.mail;

import io.membership.notificationservice.config.MailTemplateConfiguration;
import io.membership.notificationservice.delivery.mail.MailSettings;
import io.membership.notificationservice.invitation.mail.InvitationChangeEmailComposer;
import io.membership.notificationservice.invitation.mail.InvitationEmailComposer;
import io.membership.notificationservice.invitation.mail.InvitationLinks;
import io.membership.notificationservice.membership.mail.JoinedEmailComposer;
import io.membership.notificationservice.membership.mail.MembershipChangeEmailComposer;
import io.membership.notificationservice.reminder.mail.ReminderEmailComposer;
import io.membership.platform.links.InvitationLinkTokens;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;

import java.time.Duration;
import java.time.ZoneId;

/** Every email composer wired as the service wires them, without Spring. */
public final class MailFixture {

    public static final String BASE_URL = "https://app.example.com";
    public final InvitationLinkTokens tokens = new InvitationLinkTokens("a-test-secret-that-is-long-enough-for-hmac");
    public final InvitationLinks links = new InvitationLinks(BASE_URL + "/", tokens);
    public final InvitationEmailComposer invitation;
    public final ReminderEmailComposer reminder;
    public final JoinedEmailComposer joined;
    public final InvitationChangeEmailComposer invitationChange;
    public final MembershipChangeEmailComposer membershipChange;

    public MailFixture() {
        MailTemplateConfiguration templates = new MailTemplateConfiguration();
        ResourceBundleMessageSource messages = templates.mailMessages();
        SpringTemplateEngine engine = templates.mailTemplateEngine(messages);
        MailSettings settings = new MailSettings("Workspace <no-reply@workspace.local>", ZoneId.of("UTC"),
                new MailSettings.Retry(5, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(15)));
        MailFormats formats = new MailFormats(messages, settings);
        NoticeComposer notices = new NoticeComposer(engine, messages);
        invitation = new InvitationEmailComposer(engine, messages, links, settings);
        reminder = new ReminderEmailComposer(notices, formats, links);
        joined = new JoinedEmailComposer(notices, formats);
        invitationChange = new InvitationChangeEmailComposer(notices, formats, links);
        membershipChange = new MembershipChangeEmailComposer(notices, formats);
    }

    public String acceptLink(java.util.UUID invitationId, int attempt) {
        return BASE_URL + "/invitations/" + invitationId + "?token=" + tokens.tokenFor(invitationId, attempt);
    }
}
