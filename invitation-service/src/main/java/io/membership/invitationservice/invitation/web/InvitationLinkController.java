package io.membership.invitationservice.invitation.web;

import io.membership.invitationservice.directory.WorkspaceDirectory;
import io.membership.invitationservice.invitation.accept.InvitationAcceptance;
import io.membership.invitationservice.invitation.accept.InvitationLinks;
import io.membership.invitationservice.invitation.query.InvitationView;
import io.membership.contract.Role;
import io.membership.platform.security.Actor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The invitee's side: public paths, authorized by the link token; a Bearer JWT is used when present. */
@RestController
public class InvitationLinkController {

    private final InvitationLinks links;
    private final InvitationAcceptance acceptance;
    private final WorkspaceDirectory directory;

    public InvitationLinkController(InvitationLinks links, InvitationAcceptance acceptance,
                                    WorkspaceDirectory directory) {
        this.links = links;
        this.acceptance = acceptance;
        this.directory = directory;
    }

    @GetMapping("/invitations/{invitationId}")
    public ResponseEntity<InvitationPreview> preview(@PathVariable String invitationId,
                                                     @RequestParam(required = false) String token) {
        InvitationView invitation = links.open(invitationId, token);
        boolean accountExists = directory.accountExists(invitation.email());
        List<String> roles = invitation.roles() == null ? List.of()
                : invitation.roles().stream().map(Role::name).sorted().toList();
        String invitedBy = invitation.invitedBy() == null ? null
                : directory.emailOf(invitation.invitedBy()).orElse(null);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new InvitationPreview(
                invitation.invitationId(), invitation.workspaceName(), invitation.email(), invitation.status().name(),
                invitation.expiresAt(), accountExists,
                accountExists ? InvitationPreview.NextStep.LOG_IN : InvitationPreview.NextStep.CREATE_PASSWORD,
                roles, invitedBy, invitation.locale()));
    }

    @PostMapping("/invitations/{invitationId}/accept")
    public ResponseEntity<InvitationAcceptance.Accepted> accept(@PathVariable String invitationId,
                                                                @RequestBody(required = false) AcceptRequest request,
                                                                @AuthenticationPrincipal Jwt jwt,
                                                                HttpServletRequest http) {
        AcceptRequest given = request == null ? new AcceptRequest(null, null) : request;
        Actor loggedIn = jwt == null ? null : Actor.from(jwt);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(acceptance.accept(invitationId, given.token(), given.password(), loggedIn,
                        http.getRemoteAddr()));
    }
}
