package io.membership.membershipservice.workspace.web;

import io.membership.contract.MemberState;
import io.membership.contract.Role;
import io.membership.contract.membership.ChangeRoles;
import io.membership.contract.membership.RemoveMember;
import io.membership.contract.membership.RevokeMember;
import io.membership.contract.membership.TransferOwnership;
import io.membership.platform.errors.ApiException;
import io.membership.platform.security.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Roles, ownership, revoke and remove. The Workspace aggregate checks the caller's rights; answers are synchronous. */
@RestController
class MemberAdministrationController {

    record RolesRequest(List<String> roles) {
    }

    record RolesChanged(UUID workspaceId, UUID memberId, Set<Role> roles) {
    }

    record OwnershipRequest(UUID memberId) {
    }

    record OwnershipChanged(UUID workspaceId, UUID ownerMemberId) {
    }

    record MemberStateChanged(UUID workspaceId, UUID memberId, String state, String guidance) {
    }

    record MemberRemovedResponse(UUID workspaceId, UUID memberId, boolean removed) {
    }

    private final WorkspaceCommands commands;

    MemberAdministrationController(WorkspaceCommands commands) {
        this.commands = commands;
    }

    @PutMapping("/workspaces/{workspaceId}/members/{memberId}/roles")
    RolesChanged changeRoles(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID workspaceId,
                             @PathVariable UUID memberId, @RequestBody(required = false) RolesRequest request) {
        Actor actor = Actor.from(jwt);
        Set<Role> roles = RoleNames.parseRequired(request == null ? null : request.roles());
        commands.send(new ChangeRoles(workspaceId, memberId, roles, actor.accountId()), actor);
        return new RolesChanged(workspaceId, memberId, roles);
    }

    @PostMapping("/workspaces/{workspaceId}/ownership")
    OwnershipChanged transferOwnership(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID workspaceId,
                                       @RequestBody(required = false) OwnershipRequest request) {
        Actor actor = Actor.from(jwt);
        if (request == null || request.memberId() == null) {
            throw ApiException.badRequest("invalid-input", "memberId of the new owner is required");
        }
        commands.send(new TransferOwnership(workspaceId, request.memberId(), actor.accountId()), actor);
        return new OwnershipChanged(workspaceId, request.memberId());
    }

    @PostMapping("/workspaces/{workspaceId}/members/{memberId}/revoke")
    MemberStateChanged revoke(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID workspaceId,
                              @PathVariable UUID memberId) {
        Actor actor = Actor.from(jwt);
        commands.send(new RevokeMember(workspaceId, memberId, actor.accountId()), actor);
        return new MemberStateChanged(workspaceId, memberId, MemberState.REVOKED.name(),
                MemberState.REVOKED.guidance().label());
    }

    @DeleteMapping("/workspaces/{workspaceId}/members/{memberId}")
    MemberRemovedResponse remove(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID workspaceId,
                                 @PathVariable UUID memberId) {
        Actor actor = Actor.from(jwt);
        commands.send(new RemoveMember(workspaceId, memberId, actor.accountId()), actor);
        return new MemberRemovedResponse(workspaceId, memberId, true);
    }
}
