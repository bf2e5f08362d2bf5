package io.membership.invitationservice.invitation.query;

import io.membership.contract.Role;
import io.membership.contract.invitation.CancellationReason;
import io.membership.contract.invitation.InvitationAccepted;
import io.membership.contract.invitation.InvitationCancelled;
import io.membership.contract.invitation.InvitationResent;
import io.membership.contract.invitation.InvitationExpired;
import io.membership.contract.invitation.InvitationRejected;
import io.membership.contract.invitation.InvitationRequested;
import io.membership.contract.invitation.InvitationSent;
import io.membership.invitationservice.invitation.command.InvitationStatus;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** An invitation as its link holder may see it, folded from its own event stream. */
public record InvitationView(UUID invitationId, UUID workspaceId, UUID memberId, String email, String workspaceName,
                             InvitationStatus status, int attempt, Instant expiresAt, String locale, Set<Role> roles,
                             UUID invitedBy, CancellationReason cancellation) {

    static InvitationView requested(InvitationRequested event) {
        return new InvitationView(event.invitationId(), event.workspaceId(), null, event.email(), null,
                InvitationStatus.REQUESTED, 0, null, event.locale(), event.roles(), event.invitedBy(), null);
    }

    InvitationView next(Object event) {
        if (event instanceof InvitationSent sent) {
            return new InvitationView(invitationId, workspaceId, sent.memberId(), email, sent.workspaceName(),
                    InvitationStatus.SENT, sent.attempt(), sent.expiresAt(), sent.locale(), sent.roles(),
                    sent.invitedBy(), null);
        }
        if (event instanceof InvitationResent resent) {
            return new InvitationView(invitationId, workspaceId, memberId, email, workspaceName, status,
                    resent.attempt(), resent.expiresAt(), locale, resent.roles(), invitedBy, null);
        }
        if (event instanceof InvitationCancelled cancelled) {
            return new InvitationView(invitationId, workspaceId, memberId, email, workspaceName,
                    InvitationStatus.CANCELLED, attempt, expiresAt, locale, roles, invitedBy, cancelled.reason());
        }
        if (event instanceof InvitationRejected) {
            return withStatus(InvitationStatus.REJECTED);
        }
        if (event instanceof InvitationAccepted) {
            return withStatus(InvitationStatus.ACCEPTED);
        }
        if (event instanceof InvitationExpired) {
            return withStatus(InvitationStatus.EXPIRED);
        }
        return this;
    }

    /**
     * Why the link of {@code linkAttempt} does not open the invitation now, or empty when it does: only the current
     * link of a sent invitation before its expiry opens anything.
     */
    public Optional<String> closedReason(int linkAttempt, Instant now) {
        return switch (status) {
            case ACCEPTED -> Optional.of("accepted");
            case CANCELLED -> Optional.of(cancellation == CancellationReason.SUPERSEDED ? "replaced"
                    : cancellation == CancellationReason.MEMBER_REVOKED ? "revoked" : "cancelled");
            case REJECTED -> Optional.of("rejected");
            case EXPIRED -> Optional.of("expired");
            case SENT -> linkAttempt != attempt ? Optional.of("replaced")
                    : now.isBefore(expiresAt) ? Optional.empty() : Optional.of("expired");
            default -> Optional.of("not-sent");
        };
    }

    private InvitationView withStatus(InvitationStatus newStatus) {
        return new InvitationView(invitationId, workspaceId, memberId, email, workspaceName, newStatus, attempt,
                expiresAt, locale, roles, invitedBy, cancellation);
    }
}
