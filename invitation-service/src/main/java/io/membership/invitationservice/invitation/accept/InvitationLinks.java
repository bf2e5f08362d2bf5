package io.membership.invitationservice.invitation.accept;

import io.membership.invitationservice.invitation.command.Invitation;
import io.membership.invitationservice.invitation.command.InvitationRefusals;
import io.membership.invitationservice.invitation.query.InvitationHistory;
import io.membership.invitationservice.invitation.query.InvitationView;
import io.membership.platform.links.InvitationLinkTokens;

import java.time.Clock;
import java.util.UUID;

/** Opens an invitation by its link (id + token), or refuses with the one neutral answer. */
public class InvitationLinks {

    private final InvitationHistory history;
    private final InvitationLinkTokens tokens;
    private final Clock clock;

    public InvitationLinks(InvitationHistory history, InvitationLinkTokens tokens, Clock clock) {
        this.history = history;
        this.tokens = tokens;
        this.clock = clock;
    }

    public InvitationView open(String invitationId, String token) {
        UUID id = parse(invitationId);
        if (!tokens.matchesSomeAttempt(id, Invitation.MAX_ATTEMPTS, token)) {
            throw InvitationRefusals.linkNotValid();
        }
        return history.find(id)
                .filter(view -> view.opensWith(token, tokens, clock.instant()))
                .orElseThrow(InvitationRefusals::linkNotValid);
    }

    private static UUID parse(String invitationId) {
        try {
            return UUID.fromString(invitationId);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvitationRefusals.linkNotValid();
        }
    }
}
