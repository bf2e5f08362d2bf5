package io.membership.invitationservice.invitation.query;

import io.membership.contract.invitation.InvitationAccepted;
import io.membership.contract.invitation.InvitationCancelled;
import io.membership.contract.invitation.InvitationResent;
import io.membership.contract.invitation.InvitationExpired;
import io.membership.contract.invitation.InvitationRejected;
import io.membership.contract.invitation.InvitationRequested;
import io.membership.contract.invitation.InvitationSent;
import io.membership.invitationservice.invitation.command.InvitationStatus;
import io.membership.platform.links.InvitationLinkTokens;

import java.time.Instant;
import java.util.UUID;

/** An invitation as its link holder may see it, folded from its own event stream. */
public record InvitationView(UUID invitationId, UUID workspaceId, UUID memberId, String email, String workspaceName,
                             InvitationStatus status, int attempt, Instant expiresAt, String locale) {

    static InvitationView requested(InvitationRequested event) {
        return new InvitationView(event.invitationId(), event.workspaceId(), null, event.email(), null,
                InvitationStatus.REQUESTED, 0, null, event.locale());
    }

    InvitationView next(Object event) {
        if (event instanceof InvitationSent sent) {
            return new InvitationView(invitationId, workspaceId, sent.memberId(), email, sent.workspaceName(),
                    InvitationStatus.SENT, sent.attempt(), sent.expiresAt(), sent.locale());
        }
        if (event instanceof InvitationResent resent) {
            return new InvitationView(invitationId, workspaceId, memberId, email, workspaceName, status,
                    resent.attempt(), resent.expiresAt(), locale);
        }
        if (event instanceof InvitationCancelled) {
            return withStatus(InvitationStatus.CANCELLED);
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

    /** The current link, sent and not yet expired: the only state in which a link opens anything. */
    public boolean opensWith(String token, InvitationLinkTokens tokens, Instant now) {
        boolean tokenMatches = tokens.matches(invitationId, attempt, token);
        return tokenMatches && status == InvitationStatus.SENT && now.isBefore(expiresAt);
    }

    private InvitationView withStatus(InvitationStatus newStatus) {
        return new InvitationView(invitationId, workspaceId, memberId, email, workspaceName, newStatus, attempt,
                expiresAt, locale);
    }
}
