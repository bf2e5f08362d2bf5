package io.membership.queryservice.seats.web;

import io.membership.platform.security.Actor;
import io.membership.queryservice.access.QueryPermission;
import io.membership.queryservice.access.WorkspaceAccess;
import io.membership.queryservice.seats.query.SeatUsage;
import io.membership.queryservice.seats.query.SeatsQuery;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
public class SeatsController {

    private final WorkspaceAccess access;
    private final SeatsQuery seats;

    public SeatsController(WorkspaceAccess access, SeatsQuery seats) {
        this.access = access;
        this.seats = seats;
    }

    @GetMapping("/workspaces/{workspaceId}/seats")
    public List<SeatUsage> seats(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID workspaceId) {
        access.require(workspaceId, Actor.from(jwt), QueryPermission.SEE_SEATS);
        return seats.usage(workspaceId);
    }
}
