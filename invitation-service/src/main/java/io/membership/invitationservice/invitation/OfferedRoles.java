package io.membership.invitationservice.invitation;

import io.membership.contract.Role;
import io.membership.platform.errors.ApiException;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The roles an invitation may offer: any but OWNER (ownership is transferred, never invited); MEMBER by default. */
public final class OfferedRoles {

    public static Set<Role> of(Collection<Role> requested) {
        if (requested == null || requested.isEmpty()) {
            return Set.of(Role.MEMBER);
        }
        if (requested.contains(Role.OWNER)) {
            throw ApiException.badRequest("owner-not-invitable",
                    "the OWNER role cannot be offered in an invitation; transfer ownership instead");
        }
        return Set.copyOf(EnumSet.copyOf(requested));
    }

    public static Set<Role> parse(Collection<String> names) {
        if (names == null || names.isEmpty()) {
            return of(null);
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            roles.add(parseOne(name));
        }
        return of(roles);
    }

    private static Role parseOne(String name) {
        try {
            return Role.valueOf(name == null ? "" : name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid-role", "roles must be among MEMBER, ADMIN, AUDITOR");
        }
    }

    private OfferedRoles() {
    }
}
