package io.membership.membershipservice.workspace.web;

import io.membership.contract.Role;
import io.membership.membershipservice.workspace.command.MemberRoles;
import io.membership.platform.errors.ApiException;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Role names from a request: case-insensitive, never OWNER. */
final class RoleNames {

    private RoleNames() {
    }

    /** Null or empty gives an empty set (the caller decides the default). */
    static Set<Role> parse(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names == null) {
            return roles;
        }
        for (String name : names) {
            roles.add(parseOne(name));
        }
        if (roles.contains(Role.OWNER)) {
            throw ApiException.badRequest("invalid-roles", MemberRoles.problem(roles).orElseThrow());
        }
        return roles;
    }

    static Set<Role> parseRequired(List<String> names) {
        Set<Role> roles = parse(names);
        MemberRoles.problem(roles).ifPresent(problem -> {
            throw ApiException.badRequest("invalid-roles", problem);
        });
        return roles;
    }

    static Role parseOne(String name) {
        try {
            return Role.valueOf(name == null ? "" : name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid-roles", "roles must be MEMBER, ADMIN or AUDITOR");
        }
    }
}
