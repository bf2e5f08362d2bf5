package io.membership.membershipservice.workspace.web;

import io.membership.contract.Role;
import io.membership.contract.membership.AddMember;
import io.membership.contract.membership.AssignTags;
import io.membership.membershipservice.common.EmailAddress;
import io.membership.membershipservice.workspace.command.MemberTags;
import io.membership.platform.errors.ApiException;
import io.membership.platform.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Adding a member by hand (state ADDED, guidance Invite) and tagging members. */
@RestController
class MemberListController {

    record AddMemberRequest(String email, List<String> roles, List<String> tags) {
    }

    record MemberCreated(UUID workspaceId, UUID memberId, String email, Set<Role> roles, List<String> tags,
                         String state, String guidance) {
    }

    record TagsRequest(List<String> tags) {
    }

    record TagsAssigned(UUID workspaceId, UUID memberId, List<String> tags) {
    }

    private final WorkspaceCommands commands;

    MemberListController(WorkspaceCommands commands) {
        this.commands = commands;
    }

    @PostMapping("/workspaces/{workspaceId}/members")
    @ResponseStatus(HttpStatus.CREATED)
    MemberCreated add(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID workspaceId,
                      @RequestBody(required = false) AddMemberRequest request) {
        Actor actor = Actor.from(jwt);
        if (request == null) {
            throw ApiException.badRequest("invalid-input", "a JSON body with the email to add is required");
        }
        String email = EmailAddress.parse(request.email())
                .orElseThrow(() -> ApiException.badRequest("invalid-email", "email is not a valid email address"));
        Set<Role> roles = RoleNames.parse(request.roles());
        if (roles.isEmpty()) {
            roles = Set.of(Role.MEMBER);
        }
        List<String> tags = tags(request.tags());
        UUID memberId = UUID.randomUUID();
        commands.send(new AddMember(workspaceId, memberId, email, roles, tags, actor.accountId()), actor);
        return new MemberCreated(workspaceId, memberId, email, roles, tags, "ADDED", "Invite");
    }

    @PutMapping("/workspaces/{workspaceId}/members/{memberId}/tags")
    TagsAssigned assignTags(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID workspaceId,
                            @PathVariable UUID memberId, @RequestBody(required = false) TagsRequest request) {
        Actor actor = Actor.from(jwt);
        if (request == null || request.tags() == null) {
            throw ApiException.badRequest("invalid-tags", "tags is required (an empty list clears them)");
        }
        List<String> tags = tags(request.tags());
        commands.send(new AssignTags(workspaceId, memberId, tags, actor.accountId()), actor);
        return new TagsAssigned(workspaceId, memberId, tags);
    }

    static List<String> tags(List<String> raw) {
        List<String> tags = MemberTags.normalise(raw);
        MemberTags.problem(tags).ifPresent(problem -> {
            throw ApiException.badRequest("invalid-tags", problem);
        });
        return tags;
    }
}
