package io.membership.queryservice.members.web;

import io.membership.contract.MemberState;
import io.membership.platform.security.Actor;
import io.membership.queryservice.access.QueryPermission;
import io.membership.queryservice.access.WorkspaceAccess;
import io.membership.queryservice.members.query.MemberPage;
import io.membership.queryservice.members.query.MembersQuery;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static io.membership.queryservice.web.RequestParams.enumOrNull;
import static io.membership.queryservice.web.RequestParams.intInRange;
import static io.membership.queryservice.web.RequestParams.textOrNull;

@RestController
public class MembersController {

    static final int MAX_PAGE_SIZE = 200;
    private static final int MAX_PAGE = 100_000;
    private static final int MAX_SEARCH_LENGTH = 254;

    private final WorkspaceAccess access;
    private final MembersQuery members;

    public MembersController(WorkspaceAccess access, MembersQuery members) {
        this.access = access;
        this.members = members;
    }

    @GetMapping("/workspaces/{workspaceId}/members")
    public MemberPage members(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID workspaceId,
                              @RequestParam(required = false) String state,
                              @RequestParam(required = false) String search,
                              @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        MemberState wanted = enumOrNull("state", state, MemberState.class);
        String text = textOrNull("search", search, MAX_SEARCH_LENGTH);
        int pageNumber = intInRange("page", page, 0, 0, MAX_PAGE);
        int pageSize = intInRange("size", size, 50, 1, MAX_PAGE_SIZE);
        access.require(workspaceId, Actor.from(jwt), QueryPermission.LIST_MEMBERS);
        return members.page(workspaceId, wanted, text, pageNumber, pageSize);
    }
}
