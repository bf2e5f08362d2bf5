package io.membership.notificationservice.membership;

import io.membership.contract.EventEnvelope;
import io.membership.contract.membership.MemberJoined;
import io.membership.contract.notification.NotificationKind;
import io.membership.notificationservice.delivery.DeliveryMetrics;
import io.membership.notificationservice.delivery.DeliveryProcess;
import io.membership.notificationservice.delivery.DeliveryRequest;
import io.membership.notificationservice.directory.DirectoryNotReadyException;
import io.membership.notificationservice.directory.store.Directory;
import io.membership.notificationservice.mail.MailLocales;
import io.membership.notificationservice.membership.mail.JoinedEmailComposer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * MemberJoined → "you joined" to the member and "they joined" to whoever invited them. The workspace name and the
 * inviter's address come from the directory; while the event is younger than {@code directory-wait} a missing
 * fact is waited for (the topic carrying it may lag), after that the email that needs it is skipped.
 */
@Component
public class JoinedEmails {

    private static final Logger log = LoggerFactory.getLogger(JoinedEmails.class);

    private final DeliveryProcess deliveries;
    private final JoinedEmailComposer composer;
    private final Directory directory;
    private final DeliveryMetrics metrics;
    private final Clock clock;
    private final Duration directoryWait;

    public JoinedEmails(DeliveryProcess deliveries, JoinedEmailComposer composer, Directory directory,
                        DeliveryMetrics metrics, Clock clock,
                        @Value("${membership.notification.directory-wait:2m}") Duration directoryWait) {
        this.deliveries = deliveries;
        this.composer = composer;
        this.directory = directory;
        this.metrics = metrics;
        this.clock = clock;
        this.directoryWait = directoryWait;
    }

    public void on(EventEnvelope<MemberJoined> event) {
        MemberJoined joined = event.data();
        Optional<Directory.Invitation> invitation = directory.invitation(joined.invitationId());
        Optional<Directory.Workspace> workspace = directory.workspace(joined.workspaceId());
        Optional<String> workspaceName = invitation.map(Directory.Invitation::workspaceName)
                .or(() -> workspace.map(Directory.Workspace::name));
        Optional<Directory.Account> inviter = invitation.map(Directory.Invitation::invitedBy)
                .flatMap(directory::account);
        boolean inviterKnowable = joined.invitationId() != null
                && invitation.map(i -> i.invitedBy() != null).orElse(true);
        if (workspaceName.isEmpty() || inviterKnowable && inviter.isEmpty()) {
            waitWhileYoung(event);
        }
        if (workspaceName.isEmpty()) {
            skip(NotificationKind.WORKSPACE_JOINED, joined);
            skip(NotificationKind.INVITEE_JOINED, joined);
            return;
        }
        String name = workspaceName.get();
        String workspaceDefault = workspace.map(Directory.Workspace::defaultLocale).orElse(null);
        Locale memberLocale = MailLocales.firstSupported(invitation.map(Directory.Invitation::locale).orElse(null),
                workspaceDefault);
        deliveries.deliver(request(event, NotificationKind.WORKSPACE_JOINED, joined.email(), memberLocale),
                () -> composer.welcome(joined, name, memberLocale));
        if (inviter.isEmpty()) {
            if (inviterKnowable) {
                skip(NotificationKind.INVITEE_JOINED, joined);
            }
            return;
        }
        String inviterEmail = inviter.get().email();
        if (!inviterEmail.equalsIgnoreCase(joined.email())) {
            Locale inviterLocale = MailLocales.firstSupported(inviter.get().locale(), workspaceDefault);
            deliveries.deliver(request(event, NotificationKind.INVITEE_JOINED, inviterEmail, inviterLocale),
                    () -> composer.inviteeJoined(joined, inviterEmail, name, inviterLocale));
        }
    }

    private void waitWhileYoung(EventEnvelope<MemberJoined> event) {
        if (Duration.between(event.time(), clock.instant()).compareTo(directoryWait) < 0) {
            throw new DirectoryNotReadyException("the workspace or the inviter of member " + event.data().memberId());
        }
    }

    private void skip(NotificationKind kind, MemberJoined joined) {
        log.warn("{} email for member {} skipped: the directory does not know enough", kind, joined.memberId());
        metrics.skipped(kind, "directory-incomplete");
    }

    private static DeliveryRequest request(EventEnvelope<MemberJoined> event, NotificationKind kind, String to,
                                           Locale locale) {
        MemberJoined joined = event.data();
        return new DeliveryRequest(event.id(), event.correlationId(), event.time(), kind, joined.workspaceId(), to,
                locale.toLanguageTag(), null, joined.memberId());
    }
}
