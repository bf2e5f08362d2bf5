package io.membership.queryservice.audit.projection;

import io.membership.contract.Event;
import io.membership.contract.Role;
import io.membership.contract.membership.AddOnAccessChanged;
import io.membership.contract.membership.MemberRevoked;
import io.membership.contract.membership.MemberRolesChanged;
import io.membership.contract.membership.MemberTagsAssigned;
import io.membership.contract.membership.MembersImported;
import io.membership.contract.membership.OwnershipTransferred;
import io.membership.contract.membership.SeatCapacityChanged;

import java.util.Collection;
import java.util.EnumSet;
import java.util.stream.Collectors;

/** The before and after of a change, in the words of the members page ("ADMIN,MEMBER", "conversations: AGENT"). */
record AuditChange(String before, String after) {

    static final AuditChange NONE = new AuditChange(null, null);

    static AuditChange of(Event event) {
        if (event instanceof MemberRolesChanged c) {
            return new AuditChange(roles(c.previousRoles()), roles(c.roles()));
        } else if (event instanceof OwnershipTransferred t) {
            return new AuditChange("owner " + t.fromEmail(), "owner " + t.toEmail());
        } else if (event instanceof AddOnAccessChanged a) {
            return new AuditChange(a.product() + ": " + a.previous(), a.product() + ": " + a.level());
        } else if (event instanceof SeatCapacityChanged c) {
            return new AuditChange(c.product() + ": " + c.previous(), c.product() + ": " + c.capacity());
        } else if (event instanceof MemberRevoked r) {
            return new AuditChange(r.previousState() == null ? null : r.previousState().name(), "REVOKED");
        } else if (event instanceof MembersImported i) {
            return new AuditChange(null, "%d rows: %d added, %d updated, %d unchanged, %d rejected"
                    .formatted(i.rows(), i.added(), i.updated(), i.unchanged(), i.rejected()));
        } else if (event instanceof MemberTagsAssigned t) {
            return new AuditChange(null, String.join(",", t.tags()));
        }
        return NONE;
    }

    private static String roles(Collection<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(roles).stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
