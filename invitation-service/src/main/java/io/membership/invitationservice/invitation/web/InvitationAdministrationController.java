package io.membership.invitationservice.invitation.web;

import io.membership.contract.invitation.CancelInvitation;
import io.membership.contract.invitation.CancellationReason;
import io.membership.contract.invitation.InviteMember;
import io.membership.contract.invitation.ResendInvitation;
import io.membership.invitationservice.directory.InviterCheck;
import io.membership.invitationservice.invitation.command.InvitationStatus;
import io.membership.invitationservice.invitation.query.InvitationHistory;
import io.membership.invitationservice.invitation.query.InvitationView;
import io.membership.invitationservice.invitation.query.PendingInvitations;
import io.membership.platform.axon.CommandDispatcher;
import io.membership.platform.errors.ApiException;
import io.membership.platform.errors.RuleViolation;
import io.membership.platform.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Re-invite, cancel and the list of pending invitations, for owners and admins of the invitation's workspace. */
@RestController
public class InvitationAdministrationController {

    record Resent(UUID invitationId, UUID previousInvitationId, String status, Integer attempt, Instant expiresAt) {
    }

    record Cancelled(UUID invitationId, String status) {
    }

    record PendingList(UUID workspaceId, List<PendingInvitations.Row> invitations) {
    }

    private final CommandDispatcher commands;
    private final InviterCheck inviters;
    private final InvitationHistory history;
    private final PendingInvitations pending;
    private final Clock clock;

    public InvitationAdministrationController(CommandDispatcher commands, InviterCheck inviters,
                                              InvitationHistory history, PendingInvitations pending, Clock clock) {
        this.commands = commands;
        this.inviters = inviters;
        this.history = history;
        this.pending = pending;
        this.clock = clock;
    }

    /**
     * A live invitation gets a new link (200). One that is no longer live (expired, rejected, cancelled) is replaced by
     * a new invitation that asks membership-service for a seat again (202 with the new id).
     */
    @PostMapping("/invitations/{invitationId}/resend")
    public ResponseEntity<Resent> resend(@PathVariable UUID invitationId, @AuthenticationPrincipal Jwt jwt) {
        Actor actor = Actor.from(jwt);
        InvitationView invitation = administered(invitationId, actor);
        if (invitation.status() == InvitationStatus.SENT && clock.instant().isBefore(invitation.expiresAt())) {
            commands.send(new ResendInvitation(invitationId, actor.accountId()), actor.id(), null);
            InvitationView resent = history.find(invitationId).orElseThrow();
            return ResponseEntity.ok(new Resent(invitationId, null, InvitationStatus.SENT.name(), resent.attempt(),
                    resent.expiresAt()));
        }
        if (invitation.status() == InvitationStatus.ACCEPTED || invitation.status() == InvitationStatus.REQUESTED) {
            throw new RuleViolation("invitation-not-resendable", invitation.status() == InvitationStatus.ACCEPTED
                    ? "the invitation was accepted; the member is active"
                    : "the invitation is still waiting for its seat; try again in a moment");
        }
        UUID next = UUID.randomUUID();
        commands.send(new InviteMember(next, invitation.workspaceId(), invitation.email(), Set.of(),
                invitation.locale(), actor.accountId()), actor.id(), null);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new Resent(next, invitationId, InvitationStatus.REQUESTED.name(), null, null));
    }

    @PostMapping("/invitations/{invitationId}/cancel")
    public Cancelled cancel(@PathVariable UUID invitationId, @AuthenticationPrincipal Jwt jwt) {
        Actor actor = Actor.from(jwt);
        administered(invitationId, actor);
        commands.send(new CancelInvitation(invitationId, CancellationReason.CANCELLED, actor.accountId()), actor.id(),
                null);
        return new Cancelled(invitationId, InvitationStatus.CANCELLED.name());
    }

    @GetMapping("/workspaces/{workspaceId}/invitations")
    public PendingList pending(@PathVariable UUID workspaceId,
                               @RequestParam(defaultValue = "pending") String status,
                               @AuthenticationPrincipal Jwt jwt) {
        Actor actor = Actor.from(jwt);
        if (!"pending".equals(status)) {
            throw ApiException.badRequest("invalid-input", "status must be 'pending'");
        }
        inviters.requireInviter(workspaceId, actor.accountId());
        return new PendingList(workspaceId, pending.pending(workspaceId, clock.instant()));
    }

    /** The invitation, if the caller administers its workspace; 404 alike for unknown ids and other workspaces. */
    private InvitationView administered(UUID invitationId, Actor actor) {
        InvitationView invitation = history.find(invitationId).orElseThrow(() -> ApiException.notFound("invitation"));
        try {
            inviters.requireInviter(invitation.workspaceId(), actor.accountId());
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw ApiException.notFound("invitation");
            }
            throw e;
        }
        return invitation;
    }
}
