package io.membership.queryservice.workspaces.web;

import io.membership.platform.security.Actor;
import io.membership.queryservice.workspaces.query.MyWorkspace;
import io.membership.queryservice.workspaces.query.MyWorkspacesQuery;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
public class MyWorkspacesController {

    private final MyWorkspacesQuery workspaces;

    public MyWorkspacesController(MyWorkspacesQuery workspaces) {
        this.workspaces = workspaces;
    }

    @GetMapping("/me/workspaces")
    public List<MyWorkspace> myWorkspaces(@AuthenticationPrincipal Jwt jwt) {
        return workspaces.of(Actor.from(jwt).accountId());
    }
}
