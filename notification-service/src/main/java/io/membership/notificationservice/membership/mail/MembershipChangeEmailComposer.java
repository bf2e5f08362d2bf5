package io.membership.notificationservice.membership.mail;

import io.membership.contract.Role;
import io.membership.contract.membership.MemberRevoked;
import io.membership.contract.membership.MemberRolesChanged;
import io.membership.contract.membership.OwnershipTransferred;
import io.membership.notificationservice.delivery.mail.OutgoingEmail;
import io.membership.notificationservice.mail.MailFormats;
import io.membership.notificationservice.mail.Notice;
import io.membership.notificationservice.mail.NoticeComposer;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Set;

/** Role changed, ownership received / handed over, access revoked: what changed, for the person it changed for. */
@Component
public class MembershipChangeEmailComposer {

    private final NoticeComposer composer;
    private final MailFormats formats;

    public MembershipChangeEmailComposer(NoticeComposer composer, MailFormats formats) {
        this.composer = composer;
        this.formats = formats;
    }

    public OutgoingEmail rolesChanged(MemberRolesChanged changed, String workspaceName, Locale locale) {
        String workspace = MailFormats.singleLine(workspaceName);
        Notice notice = Notice.of("roles-changed", workspace)
                .paragraph("body", workspace, formats.roles(changed.roles(), locale));
        if (changed.previousRoles() != null && !changed.previousRoles().isEmpty()) {
            notice.paragraph("previous", formats.roles(changed.previousRoles(), locale));
        }
        return composer.compose(changed.email(), locale, notice);
    }

    public OutgoingEmail ownershipReceived(OwnershipTransferred transfer, String workspaceName, Locale locale) {
        String workspace = MailFormats.singleLine(workspaceName);
        return composer.compose(transfer.toEmail(), locale, Notice.of("ownership-received", workspace)
                .paragraph("body", MailFormats.singleLine(transfer.fromEmail()), workspace)
                .paragraph("duties"));
    }

    public OutgoingEmail ownershipHandedOver(OwnershipTransferred transfer, String workspaceName, Locale locale) {
        String workspace = MailFormats.singleLine(workspaceName);
        return composer.compose(transfer.fromEmail(), locale, Notice.of("ownership-handed-over", workspace)
                .paragraph("body", workspace, MailFormats.singleLine(transfer.toEmail()))
                .paragraph("role", formats.roles(Set.of(Role.ADMIN), locale)));
    }

    public OutgoingEmail accessRevoked(MemberRevoked revoked, String workspaceName, Locale locale) {
        String workspace = MailFormats.singleLine(workspaceName);
        return composer.compose(revoked.email(), locale, Notice.of("access-revoked", workspace)
                .paragraph("body", workspace)
                .paragraph("contact"));
    }
}
