package io.membership.queryservice.workspaces.query;

import io.membership.contract.Role;

import java.util.List;
import java.util.UUID;

public record MyWorkspace(UUID workspaceId, String name, List<Role> roles, boolean current) {
}
