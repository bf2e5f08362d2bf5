package io.membership.notificationservice.membership;

import io.membership.contract.EventEnvelope;
import io.membership.contract.MemberState;
import io.membership.contract.membership.MemberRevoked;
import io.membership.contract.membership.MemberRolesChanged;
import io.membership.contract.membership.OwnershipTransferred;
import io.membership.contract.notification.NotificationKind;
import io.membership.notificationservice.delivery.DeliveryMetrics;
import io.membership.notificationservice.delivery.DeliveryProcess;
import io.membership.notificationservice.delivery.DeliveryRequest;
import io.membership.notificationservice.delivery.mail.OutgoingEmail;
import io.membership.notificationservice.directory.WorkspaceFacts;
import io.membership.notificationservice.membership.mail.MembershipChangeEmailComposer;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Tells people about changes to their own membership, in their account's language. Only people who joined hear
 * about roles and revocation: someone still invited learns their roles from the invitation, and a pending
 * invitation that dies with a revocation is announced as cancelled.
 */
@Component
public class MembershipChangeEmails {

    private final DeliveryProcess deliveries;
    private final MembershipChangeEmailComposer composer;
    private final WorkspaceFacts facts;
    private final DeliveryMetrics metrics;

    public MembershipChangeEmails(DeliveryProcess deliveries, MembershipChangeEmailComposer composer,
                                  WorkspaceFacts facts, DeliveryMetrics metrics) {
        this.deliveries = deliveries;
        this.composer = composer;
        this.facts = facts;
        this.metrics = metrics;
    }

    public void rolesChanged(EventEnvelope<MemberRolesChanged> event) {
        MemberRolesChanged changed = event.data();
        if (changed.accountId() == null) {
            return;
        }
        send(event, NotificationKind.ROLES_CHANGED, changed.workspaceId(), changed.memberId(), changed.accountId(),
                changed.email(), (workspace, locale) -> composer.rolesChanged(changed, workspace, locale));
    }

    public void ownershipTransferred(EventEnvelope<OwnershipTransferred> event) {
        OwnershipTransferred transfer = event.data();
        send(event, NotificationKind.OWNERSHIP_RECEIVED, transfer.workspaceId(), transfer.toMemberId(),
                transfer.toAccountId(), transfer.toEmail(),
                (workspace, locale) -> composer.ownershipReceived(transfer, workspace, locale));
        send(event, NotificationKind.OWNERSHIP_HANDED_OVER, transfer.workspaceId(), transfer.fromMemberId(),
                transfer.fromAccountId(), transfer.fromEmail(),
                (workspace, locale) -> composer.ownershipHandedOver(transfer, workspace, locale));
    }

    public void revoked(EventEnvelope<MemberRevoked> event) {
        MemberRevoked revoked = event.data();
        if (revoked.previousState() != MemberState.ACTIVE) {
            return;
        }
        send(event, NotificationKind.ACCESS_REVOKED, revoked.workspaceId(), revoked.memberId(), revoked.accountId(),
                revoked.email(), (workspace, locale) -> composer.accessRevoked(revoked, workspace, locale));
    }

    private interface Composition {
        OutgoingEmail compose(String workspaceName, Locale locale);
    }

    private void send(EventEnvelope<?> event, NotificationKind kind, UUID workspaceId, UUID memberId,
                      UUID accountId, String to, Composition composition) {
        Optional<String> workspace = facts.workspaceName(event, workspaceId, null);
        if (workspace.isEmpty()) {
            metrics.skipped(kind, "directory-incomplete");
            return;
        }
        Locale locale = facts.localeOfAccount(accountId, workspaceId);
        deliveries.deliver(new DeliveryRequest(event.id(), event.correlationId(), event.time(), kind, workspaceId,
                        to, locale.toLanguageTag(), null, memberId),
                () -> composition.compose(workspace.get(), locale));
    }
}
