package io.membership.queryservice.members.web;

import io.membership.contract.Confirmation;
import io.membership.contract.Guidance;
import io.membership.contract.MemberState;
import io.membership.contract.Role;
import io.membership.platform.errors.ApiException;
import io.membership.platform.security.Actor;
import io.membership.queryservice.access.QueryPermission;
import io.membership.queryservice.access.WorkspaceAccess;
import io.membership.queryservice.members.query.MemberCursor;
import io.membership.queryservice.members.query.MemberFilter;
import io.membership.queryservice.members.query.MemberPage;
import io.membership.queryservice.members.query.MemberSort;
import io.membership.queryservice.members.query.MembersQuery;
import io.membership.queryservice.members.query.SelectionActions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.membership.queryservice.web.RequestParams.enumsLoose;
import static io.membership.queryservice.web.RequestParams.intInRange;
import static io.membership.queryservice.web.RequestParams.texts;
import static io.membership.queryservice.web.RequestParams.textOrNull;

@RestController
public class MembersController {

    static final int MAX_PAGE_SIZE = 200;
    private static final int MAX_PAGE = 100_000;
    private static final int MAX_SEARCH_LENGTH = 254;
    private static final int MAX_TAG_LENGTH = 64;
    private static final int MAX_SELECTION = 200;

    private final WorkspaceAccess access;
    private final MembersQuery members;

    public MembersController(WorkspaceAccess access, MembersQuery members) {
        this.access = access;
        this.members = members;
    }

    @GetMapping("/workspaces/{workspaceId}/members")
    public MemberPage members(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID workspaceId,
                              MemberFilterParams params,
                              @RequestParam(required = false) String sort,
                              @RequestParam(required = false) String order,
                              @RequestParam(required = false) String cursor,
                              @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        MemberFilter filter = filter(params);
        MemberSort memberSort = sort(sort, order);
        MemberCursor after = MemberCursor.decode(cursor, memberSort, filter);
        if (after != null && page != null) {
            throw ApiException.badRequest("invalid-paging", "give either cursor or page, not both");
        }
        int pageNumber = intInRange("page", page, 0, 0, MAX_PAGE);
        int pageSize = intInRange("size", size, 50, 1, MAX_PAGE_SIZE);
        List<Role> roles = access.require(workspaceId, Actor.from(jwt), QueryPermission.LIST_MEMBERS);
        return members.page(workspaceId, filter, memberSort, after, pageNumber, pageSize, roles);
    }

    @GetMapping("/workspaces/{workspaceId}/members/actions")
    public SelectionActions actionsForSelection(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID workspaceId,
                                                @RequestParam(name = "memberId", required = false)
                                                List<UUID> memberIds) {
        if (memberIds == null || memberIds.isEmpty() || memberIds.size() > MAX_SELECTION) {
            throw ApiException.badRequest("invalid-memberId",
                    "select between 1 and " + MAX_SELECTION + " members with memberId=…");
        }
        List<Role> roles = access.require(workspaceId, Actor.from(jwt), QueryPermission.LIST_MEMBERS);
        return members.forSelection(workspaceId, memberIds, roles);
    }

    @GetMapping("/workspaces/{workspaceId}/members/export")
    public ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Jwt jwt,
                                                        @PathVariable UUID workspaceId, MemberFilterParams params,
                                                        @RequestParam(required = false) String sort,
                                                        @RequestParam(required = false) String order) {
        MemberFilter filter = filter(params);
        MemberSort memberSort = sort(sort, order);
        access.require(workspaceId, Actor.from(jwt), QueryPermission.LIST_MEMBERS);
        StreamingResponseBody body = out -> MembersCsv.write(out,
                rows -> members.forEach(workspaceId, filter, memberSort, rows));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"members-" + workspaceId + ".csv\"")
                .body(body);
    }

    private static MemberFilter filter(MemberFilterParams p) {
        return new MemberFilter(enumsLoose("state", p.state(), MemberState.class),
                enumsLoose("guidance", p.guidance(), Guidance.class),
                enumsLoose("role", p.role(), Role.class),
                texts("tag", p.tag(), MAX_TAG_LENGTH),
                enumsLoose("confirmation", p.confirmation(), Confirmation.class),
                textOrNull("search", p.search(), MAX_SEARCH_LENGTH),
                textOrNull("emailPrefix", p.emailPrefix(), MAX_SEARCH_LENGTH));
    }

    private static MemberSort sort(String sort, String order) {
        MemberSort.Field field = MemberSort.Field.EMAIL;
        if (sort != null && !sort.isBlank()) {
            field = Arrays.stream(MemberSort.Field.values()).filter(f -> f.parameter().equalsIgnoreCase(sort.strip()))
                    .findFirst().orElseThrow(() -> ApiException.badRequest("invalid-sort", "sort must be one of "
                            + Arrays.stream(MemberSort.Field.values()).map(MemberSort.Field::parameter)
                            .collect(Collectors.joining(", "))));
        }
        if (order != null && !order.isBlank() && !order.strip().equalsIgnoreCase("asc")
                && !order.strip().equalsIgnoreCase("desc")) {
            throw ApiException.badRequest("invalid-order", "order must be asc or desc");
        }
        return new MemberSort(field, order != null && order.strip().equalsIgnoreCase("desc"));
    }
}
