package io.membership.queryservice.audit.web;

import io.membership.platform.security.Actor;
import io.membership.queryservice.access.QueryPermission;
import io.membership.queryservice.access.WorkspaceAccess;
import io.membership.queryservice.audit.query.AuditCursor;
import io.membership.queryservice.audit.query.AuditPage;
import io.membership.queryservice.audit.query.AuditQuery;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static io.membership.queryservice.web.RequestParams.intInRange;

@RestController
public class AuditController {

    private final WorkspaceAccess access;
    private final AuditQuery audit;

    public AuditController(WorkspaceAccess access, AuditQuery audit) {
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/workspaces/{workspaceId}/audit")
    public AuditPage audit(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID workspaceId,
                           @RequestParam(required = false) Integer limit,
                           @RequestParam(required = false) String before) {
        int pageSize = intInRange("limit", limit, 50, 1, 200);
        AuditCursor cursor = AuditCursor.parse(before);
        access.require(workspaceId, Actor.from(jwt), QueryPermission.READ_AUDIT);
        return audit.page(workspaceId, cursor, pageSize);
    }
}
