package io.membership.invitationservice.invitation.web;

import io.membership.contract.Role;
import io.membership.contract.invitation.InviteMember;
import io.membership.invitationservice.directory.InviterCheck;
import io.membership.invitationservice.invitation.EmailAddresses;
import io.membership.invitationservice.invitation.InvitationLocales;
import io.membership.invitationservice.invitation.OfferedRoles;
import io.membership.invitationservice.invitation.command.InvitationStatus;
import io.membership.platform.axon.CommandDispatcher;
import io.membership.platform.errors.ApiException;
import io.membership.platform.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;
import java.util.UUID;

@RestController
public class InviteController {

    private final CommandDispatcher commands;
    private final InviterCheck inviters;
    private final BulkInvitations bulk;

    public InviteController(CommandDispatcher commands, InviterCheck inviters, BulkInvitations bulk) {
        this.commands = commands;
        this.inviters = inviters;
        this.bulk = bulk;
    }

    /** Starts the invite saga; the seat and the email follow asynchronously. */
    @PostMapping("/workspaces/{workspaceId}/invitations")
    public ResponseEntity<?> invite(@PathVariable UUID workspaceId,
                                                              @RequestBody(required = false) InviteRequest request,
                                                              @AuthenticationPrincipal Jwt jwt) {
        Actor actor = Actor.from(jwt);
        if (request == null) {
            throw ApiException.badRequest("invalid-input", "a JSON body with the email to invite is required");
        }
        if (request.memberIds() != null) {
            if (request.email() != null) {
                throw ApiException.badRequest("invalid-input", "name either an email or memberIds, not both");
            }
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(bulk.invite(workspaceId, request, actor));
        }
        String email = EmailAddresses.normalize(request.email());
        Set<Role> roles = OfferedRoles.parse(request.roles());
        String locale = InvitationLocales.normalize(request.locale());
        inviters.requireInviter(workspaceId, actor.accountId());

        UUID invitationId = UUID.randomUUID();
        commands.send(new InviteMember(invitationId, workspaceId, email, roles, locale, actor.accountId()),
                actor.id(), null);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new InvitationRequestedResponse(invitationId, InvitationStatus.REQUESTED.name()));
    }
}
