package io.membership.membershipservice.workspace.web;

import io.membership.contract.membership.CreateWorkspace;
import io.membership.membershipservice.common.EmailAddress;
import io.membership.membershipservice.common.LocaleTag;
import io.membership.membershipservice.workspace.command.WorkspaceRules;
import io.membership.platform.axon.CommandDispatcher;
import io.membership.platform.errors.ApiException;
import io.membership.platform.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.UUID;

@RestController
class WorkspaceController {

    record CreateWorkspaceRequest(String name, Map<String, Integer> seats, String defaultLocale) {
    }

    record CreatedWorkspace(UUID workspaceId) {
    }

    private final CommandDispatcher commands;

    WorkspaceController(CommandDispatcher commands) {
        this.commands = commands;
    }

    /** The caller becomes the owner, holding the first {@code workspace} seat. */
    @PostMapping("/workspaces")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedWorkspace create(@AuthenticationPrincipal Jwt jwt, @RequestBody CreateWorkspaceRequest request) {
        Actor actor = Actor.from(jwt);
        String ownerEmail = EmailAddress.parse(actor.email()).orElseThrow(() ->
                ApiException.badRequest("email-required", "the access token carries no usable email address"));
        WorkspaceRules.nameProblem(request.name()).ifPresent(problem -> {
            throw ApiException.badRequest("invalid-name", problem);
        });
        WorkspaceRules.seatCapacityProblem(request.seats()).ifPresent(problem -> {
            throw ApiException.badRequest("invalid-seats", problem);
        });
        if (request.defaultLocale() != null && LocaleTag.parse(request.defaultLocale()).isEmpty()) {
            throw ApiException.badRequest("invalid-locale", "defaultLocale must be a language tag such as en or fr");
        }
        UUID workspaceId = UUID.randomUUID();
        commands.send(new CreateWorkspace(workspaceId, request.name(), actor.accountId(), ownerEmail,
                request.seats(), request.defaultLocale()), actor.id(), null);
        return new CreatedWorkspace(workspaceId);
    }
}
