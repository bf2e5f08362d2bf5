package io.membership.notificationservice.invitation.messaging;

import io.membership.contract.EventEnvelope;
import io.membership.contract.invitation.CancellationReason;
import io.membership.contract.invitation.InvitationCancelled;
import io.membership.contract.invitation.InvitationResent;
import io.membership.contract.notification.NotificationKind;
import io.membership.notificationservice.delivery.DeliveryMetrics;
import io.membership.notificationservice.delivery.DeliveryProcess;
import io.membership.notificationservice.delivery.DeliveryRequest;
import io.membership.notificationservice.directory.WorkspaceFacts;
import io.membership.notificationservice.invitation.mail.InvitationChangeEmailComposer;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * InvitationResent → the new link (unless already expired). InvitationCancelled → "your invitation was cancelled",
 * unless it was superseded by a newer invitation, which the person receives instead.
 */
@Component
public class InvitationChangeEmails {

    private final DeliveryProcess deliveries;
    private final InvitationChangeEmailComposer composer;
    private final WorkspaceFacts facts;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    public InvitationChangeEmails(DeliveryProcess deliveries, InvitationChangeEmailComposer composer,
                                  WorkspaceFacts facts, DeliveryMetrics metrics, Clock clock) {
        this.deliveries = deliveries;
        this.composer = composer;
        this.facts = facts;
        this.metrics = metrics;
        this.clock = clock;
    }

    public void resent(EventEnvelope<InvitationResent> event) {
        InvitationResent resent = event.data();
        if (resent.expiresAt() != null && !resent.expiresAt().isAfter(clock.instant())) {
            metrics.skipped(NotificationKind.INVITATION_RESENT, "expired");
            return;
        }
        Locale locale = facts.localeOfInvitation(resent.locale(), resent.invitationId(), resent.workspaceId());
        deliveries.deliver(new DeliveryRequest(event.id(), event.correlationId(), event.time(),
                        NotificationKind.INVITATION_RESENT, resent.workspaceId(), resent.email(),
                        locale.toLanguageTag(), resent.invitationId(), resent.memberId()),
                () -> composer.resent(resent, locale));
    }

    public void cancelled(EventEnvelope<InvitationCancelled> event) {
        InvitationCancelled cancelled = event.data();
        if (cancelled.reason() == CancellationReason.SUPERSEDED) {
            return;
        }
        Optional<String> workspace = facts.workspaceName(event, cancelled.workspaceId(), cancelled.invitationId());
        if (workspace.isEmpty()) {
            metrics.skipped(NotificationKind.INVITATION_CANCELLED, "directory-incomplete");
            return;
        }
        Locale locale = facts.localeOfInvitation(null, cancelled.invitationId(), cancelled.workspaceId());
        deliveries.deliver(new DeliveryRequest(event.id(), event.correlationId(), event.time(),
                        NotificationKind.INVITATION_CANCELLED, cancelled.workspaceId(), cancelled.email(),
                        locale.toLanguageTag(), null, cancelled.memberId()),
                () -> composer.cancelled(cancelled, workspace.get(), locale));
    }
}
