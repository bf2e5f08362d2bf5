package io.membership.queryservice.access.web;

import io.membership.platform.security.Actor;
import io.membership.queryservice.access.AccessCheck;
import io.membership.queryservice.access.AccessDecision;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
public class AccessCheckController {

    private final AccessCheck access;

    public AccessCheckController(AccessCheck access) {
        this.access = access;
    }

    /** {@code account} defaults to the caller. */
    @GetMapping("/workspaces/{workspaceId}/access/check")
    public AccessAnswer check(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID workspaceId,
                              @RequestParam(required = false) UUID account, @RequestParam String permission) {
        Actor caller = Actor.from(jwt);
        AccessDecision decision = access.check(workspaceId, caller, account, List.of(permission.strip())).get(0);
        return new AccessAnswer(account == null ? caller.accountId() : account, decision.permission(),
                decision.allowed(), decision.rule(), decision.reason());
    }

    @PostMapping("/workspaces/{workspaceId}/access/check")
    public BatchAnswer checkMany(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID workspaceId,
                                 @RequestBody BatchQuestion question) {
        Actor caller = Actor.from(jwt);
        UUID account = question.account() == null ? caller.accountId() : question.account();
        return new BatchAnswer(account, access.check(workspaceId, caller, question.account(),
                question.permissions()));
    }

    public record AccessAnswer(UUID account, String permission, boolean allowed, String rule, String reason) {
    }

    public record BatchQuestion(UUID account, List<String> permissions) {
    }

    public record BatchAnswer(UUID account, List<AccessDecision> results) {
    }
}
