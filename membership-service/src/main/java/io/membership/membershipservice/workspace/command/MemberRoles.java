package io.membership.membershipservice.workspace.command;

import io.membership.contract.Role;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Roles that may be given to a member by a role change, add or import: never OWNER, at least one. */
public final class MemberRoles {

    private MemberRoles() {
    }

    public static Optional<String> problem(Collection<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            return Optional.of("roles must name at least one of MEMBER, ADMIN, AUDITOR");
        }
        if (roles.stream().anyMatch(Objects::isNull)) {
            return Optional.of("roles must be MEMBER, ADMIN or AUDITOR");
        }
        if (roles.contains(Role.OWNER)) {
            return Optional.of("OWNER is never granted by a role change; transfer the ownership instead");
        }
        return Optional.empty();
    }

    static Set<Role> checked(Collection<Role> roles) {
        problem(roles).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return Set.copyOf(EnumSet.copyOf(roles));
    }

    /** Roles for a new member: MEMBER when none were given. */
    static Set<Role> orDefault(Collection<Role> roles) {
        return roles == null || roles.isEmpty() ? Set.of(Role.MEMBER) : checked(roles);
    }
}
