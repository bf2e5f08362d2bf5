package io.membership.membershipservice.workspace.web;

import io.membership.contract.AccessLevel;
import io.membership.contract.membership.ChangeAddOnAccess;
import io.membership.contract.membership.ChangeSeatCapacity;
import io.membership.membershipservice.workspace.command.WorkspaceRules;
import io.membership.platform.errors.ApiException;
import io.membership.platform.security.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;
import java.util.UUID;

/** Seat capacity per product (owner, billing) and add-on access levels per member (owner or admin). */
@RestController
class SeatsController {

    record CapacityRequest(Integer capacity) {
    }

    record CapacityChanged(UUID workspaceId, String product, int capacity) {
    }

    record AccessRequest(String level) {
    }

    record AccessChanged(UUID workspaceId, UUID memberId, String product, AccessLevel level, boolean holdsSeat) {
    }

    private final WorkspaceCommands commands;

    SeatsController(WorkspaceCommands commands) {
        this.commands = commands;
    }

    @PutMapping("/workspaces/{workspaceId}/seats/{product}")
    CapacityChanged changeCapacity(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID workspaceId,
                                   @PathVariable String product, @RequestBody(required = false) CapacityRequest request) {
        Actor actor = Actor.from(jwt);
        if (request == null || request.capacity() == null) {
            throw ApiException.badRequest("invalid-seats", "capacity is required");
        }
        WorkspaceRules.capacityProblem(product, request.capacity()).ifPresent(problem -> {
            throw ApiException.badRequest("invalid-seats", problem);
        });
        commands.send(new ChangeSeatCapacity(workspaceId, product, request.capacity(), actor.accountId()), actor);
        return new CapacityChanged(workspaceId, product, request.capacity());
    }

    @PutMapping("/workspaces/{workspaceId}/members/{memberId}/seats/{product}")
    AccessChanged changeAccess(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID workspaceId,
                               @PathVariable UUID memberId, @PathVariable String product,
                               @RequestBody(required = false) AccessRequest request) {
        Actor actor = Actor.from(jwt);
        AccessLevel level = parse(request == null ? null : request.level());
        commands.send(new ChangeAddOnAccess(workspaceId, memberId, product, level, actor.accountId()), actor);
        return new AccessChanged(workspaceId, memberId, product, level, level.holdsSeat());
    }

    private static AccessLevel parse(String level) {
        try {
            return AccessLevel.valueOf(level == null ? "" : level.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid-level", "level must be NO_ACCESS, VIEWER or AGENT");
        }
    }
}
