package io.membership.queryservice.access;

import io.membership.contract.Role;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** The read rights of DESIGN section 3 and the roles that hold them. */
public enum QueryPermission {
    LIST_MEMBERS("list members", EnumSet.of(Role.OWNER, Role.ADMIN)),
    SEE_SEATS("see seat usage", EnumSet.of(Role.OWNER, Role.ADMIN)),
    READ_AUDIT("read the audit log", EnumSet.of(Role.OWNER, Role.ADMIN, Role.AUDITOR));

    private final String description;
    private final Set<Role> grantedTo;

    QueryPermission(String description, Set<Role> grantedTo) {
        this.description = description;
        this.grantedTo = grantedTo;
    }

    public boolean grantedToAnyOf(Collection<Role> roles) {
        return roles.stream().anyMatch(grantedTo::contains);
    }

    public String description() {
        return description;
    }
}
