package io.membership.queryservice.access;

import io.membership.contract.AccessLevel;
import io.membership.contract.Role;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** One rule of the policy catalogue: it grants its permissions to holders of a role, or of an add-on access level. */
public record PolicyRule(String id, String description, Set<Role> roles, String addOn, Set<AccessLevel> levels,
                         Set<String> permissions) {

    boolean grants(String permission, Collection<Role> memberRoles, Map<String, AccessLevel> addOns) {
        if (!permissions.contains(permission)) {
            return false;
        }
        if (addOn != null) {
            return levels.contains(addOns.getOrDefault(addOn, AccessLevel.NO_ACCESS));
        }
        return memberRoles.stream().anyMatch(roles::contains);
    }

    String requirement() {
        return addOn != null ? addOn + " access " + levels : "one of the roles " + roles;
    }
}
