package io.membership.notificationservice.invitation.messaging;

import io.membership.contract.EventEnvelope;
import io.membership.contract.invitation.InvitationSent;
import io.membership.contract.notification.NotificationKind;
import io.membership.notificationservice.delivery.DeliveryMetrics;
import io.membership.notificationservice.delivery.DeliveryProcess;
import io.membership.notificationservice.delivery.DeliveryRequest;
import io.membership.notificationservice.directory.store.Directory;
import io.membership.notificationservice.invitation.mail.InvitationEmailComposer;
import io.membership.notificationservice.mail.MailLocales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Locale;

/**
 * InvitationSent → the invitation email, in the invitation's language, else the workspace's default, else English.
 * An invitation already past its expiry is not emailed: its link would be dead on arrival, and a consumer replaying
 * the topic from the start must not mail every invitation ever made.
 */
@Component
public class InvitationEmails {

    private static final Logger log = LoggerFactory.getLogger(InvitationEmails.class);

    private final DeliveryProcess deliveries;
    private final InvitationEmailComposer composer;
    private final DeliveryMetrics metrics;
    private final Directory directory;
    private final Clock clock;

    public InvitationEmails(DeliveryProcess deliveries, InvitationEmailComposer composer, DeliveryMetrics metrics,
                            Directory directory, Clock clock) {
        this.directory = directory;
        this.deliveries = deliveries;
        this.composer = composer;
        this.metrics = metrics;
        this.clock = clock;
    }

    public void on(EventEnvelope<InvitationSent> event) {
        InvitationSent invitation = event.data();
        if (invitation.expiresAt() != null && !invitation.expiresAt().isAfter(clock.instant())) {
            metrics.skipped(NotificationKind.INVITATION, "expired");
            log.info("invitation {} expired before it could be emailed; not sent", invitation.invitationId());
            return;
        }
        Locale locale = MailLocales.firstSupported(invitation.locale(), directory.workspace(invitation.workspaceId())
                .map(Directory.Workspace::defaultLocale).orElse(null));
        DeliveryRequest request = new DeliveryRequest(event.id(), event.correlationId(), event.time(),
                NotificationKind.INVITATION, invitation.workspaceId(), invitation.email(), locale.toLanguageTag(),
                invitation.invitationId(), invitation.memberId());
        deliveries.deliver(request, () -> composer.compose(invitation, locale));
    }
}
