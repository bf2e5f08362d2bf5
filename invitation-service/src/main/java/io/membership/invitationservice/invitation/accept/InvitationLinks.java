package io.membership.invitationservice.invitation.accept;

import io.membership.invitationservice.invitation.command.Invitation;
import io.membership.invitationservice.invitation.command.InvitationRefusals;
import io.membership.invitationservice.invitation.query.InvitationHistory;
import io.membership.invitationservice.invitation.query.InvitationView;
import io.membership.platform.links.InvitationLinkTokens;

import java.time.Clock;
import java.util.UUID;

/**
 * Opens an invitation by its link (id + token). A token this service never issued gets the one neutral answer; a
 * genuine link that no longer opens gets the same answer with the reason, for the invitee's page (decision 015).
 */
public class InvitationLinks {

    private final InvitationHistory history;
    private final InvitationLinkTokens tokens;
    private final Clock clock;

    public InvitationLinks(InvitationHistory history, InvitationLinkTokens tokens, Clock clock) {
        this.history = history;
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * The id of an invitation whose link this service issued, checked by HMAC alone (nothing is read); the neutral
     * refusal otherwise. Whether the link still opens anything is {@link #open}'s question.
     */
    public UUID genuine(String invitationId, String token) {
        UUID id = parse(invitationId);
        attemptOf(id, token);
        return id;
    }

    public InvitationView open(String invitationId, String token) {
        UUID id = parse(invitationId);
        int linkAttempt = attemptOf(id, token);
        InvitationView invitation = history.find(id)
                .filter(view -> linkAttempt <= view.attempt())
                .orElseThrow(InvitationRefusals::linkNotValid);
        invitation.closedReason(linkAttempt, clock.instant()).ifPresent(reason -> {
            throw InvitationRefusals.linkNoLongerActive(reason, invitation.locale());
        });
        return invitation;
    }

    private int attemptOf(UUID id, String token) {
        int linkAttempt = tokens.attemptOf(id, Invitation.MAX_ATTEMPTS, token);
        if (linkAttempt == 0) {
            throw InvitationRefusals.linkNotValid();
        }
        return linkAttempt;
    }

    private static UUID parse(String invitationId) {
        try {
            return UUID.fromString(invitationId);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvitationRefusals.linkNotValid();
        }
    }
}
