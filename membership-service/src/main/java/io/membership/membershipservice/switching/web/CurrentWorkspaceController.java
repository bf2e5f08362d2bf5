package io.membership.membershipservice.switching.web;

import io.membership.contract.membership.SwitchWorkspace;
import io.membership.membershipservice.workspace.command.ConfirmActiveMember;
import io.membership.platform.axon.CommandDispatcher;
import io.membership.platform.errors.ApiException;
import io.membership.platform.security.Actor;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * {@code PUT /me/current-workspace}: the Workspace confirms the caller is an ACTIVE member (404 otherwise, also for
 * unknown workspaces), then the Account records the switch.
 */
@RestController
class CurrentWorkspaceController {

    record SwitchRequest(UUID workspaceId) {
    }

    record Switched(UUID workspaceId, String name, String message) {
    }

    private final CommandDispatcher commands;

    CurrentWorkspaceController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PutMapping("/me/current-workspace")
    Switched switchWorkspace(@AuthenticationPrincipal Jwt jwt, @RequestBody(required = false) SwitchRequest request) {
        Actor actor = Actor.from(jwt);
        if (request == null || request.workspaceId() == null) {
            throw ApiException.badRequest("invalid-input", "workspaceId is required");
        }
        String name = workspaceName(request.workspaceId(), actor);
        try {
            commands.send(new SwitchWorkspace(actor.accountId(), request.workspaceId()), actor.id(), null);
        } catch (RuntimeException e) {
            throw notFoundIfMissing(e, "account");
        }
        return new Switched(request.workspaceId(), name, "You are now working in " + name);
    }

    private String workspaceName(UUID workspaceId, Actor actor) {
        try {
            return commands.send(new ConfirmActiveMember(workspaceId, actor.accountId()), actor.id(), null);
        } catch (RuntimeException e) {
            throw notFoundIfMissing(e, "workspace");
        }
    }

    private static RuntimeException notFoundIfMissing(RuntimeException e, String what) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AggregateNotFoundException) {
                return ApiException.notFound(what);
            }
        }
        return e;
    }
}
