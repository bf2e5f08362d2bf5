package io.membership.invitationservice.invitation.accept;

import io.membership.contract.invitation.AcceptInvitation;
import io.membership.invitationservice.accounts.MembershipAccounts;
import io.membership.invitationservice.invitation.command.InvitationRefusals;
import io.membership.invitationservice.invitation.query.InvitationView;
import io.membership.platform.axon.CommandDispatcher;
import io.membership.platform.errors.ApiException;
import io.membership.platform.security.Actor;

import java.util.UUID;

/**
 * Accepts an invitation for a logged-in account with the invited email, or for a new account created with the
 * given password. One contender at a time (AcceptanceClaims); the link is checked once the claim is held, before an
 * account is created, and again by the aggregate.
 */
public class InvitationAcceptance {

    public record Accepted(UUID workspaceId, UUID memberId, UUID accountId) {
    }

    private final InvitationLinks links;
    private final AcceptanceClaims claims;
    private final MembershipAccounts accounts;
    private final CommandDispatcher commands;

    public InvitationAcceptance(InvitationLinks links, AcceptanceClaims claims, MembershipAccounts accounts,
                                CommandDispatcher commands) {
        this.links = links;
        this.claims = claims;
        this.accounts = accounts;
        this.commands = commands;
    }

    /** {@code clientAddress} is the invitee's, so membership-service's log-in throttle counts them, not this service. */
    public Accepted accept(String invitationId, String token, String password, Actor loggedIn, String clientAddress) {
        UUID id = links.genuine(invitationId, token); // a forged link claims nothing
        AcceptanceClaims.Claim claim = claims.claim(id).orElseThrow(InvitationRefusals::acceptanceInProgress);
        try {
            return acceptHolding(invitationId, token, password, loggedIn, clientAddress);
        } finally {
            claims.release(claim);
        }
    }

    private Accepted acceptHolding(String invitationId, String token, String password, Actor loggedIn,
                                   String clientAddress) {
        InvitationView invitation = links.open(invitationId, token);
        UUID accountId;
        String email;
        if (loggedIn != null) {
            if (loggedIn.email() == null || !invitation.email().equalsIgnoreCase(loggedIn.email().trim())) {
                throw InvitationRefusals.sentToAnotherEmail();
            }
            accountId = loggedIn.accountId();
            email = loggedIn.email();
        } else {
            if (password == null || password.isEmpty()) {
                throw ApiException.badRequest("password-required",
                        "log in to accept, or choose a password to create your account");
            }
            accountId = accounts.register(invitation.email(), password, invitation.locale(), clientAddress);
            email = invitation.email();
        }
        commands.send(new AcceptInvitation(invitation.invitationId(), token, accountId, email),
                loggedIn != null ? loggedIn.id() : accountId.toString(), null);
        return new Accepted(invitation.workspaceId(), invitation.memberId(), accountId);
    }
}
