package io.membership.queryservice.members.query;

import io.membership.contract.MemberState;
import io.membership.contract.Role;
import io.membership.queryservice.members.projection.MemberDocument;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The actions the caller may take on a member, from DESIGN section 3 and the member's state. The owner's row offers
 * nothing: nobody revokes, removes or demotes the owner, and ownership moves only from the owner's side.
 */
public final class MemberActions {

    private static final Set<MemberAction> ANY_NON_OWNER = EnumSet.of(MemberAction.REMOVE, MemberAction.EDIT_ROLES,
            MemberAction.EDIT_TAGS, MemberAction.ASSIGN_SEATS);

    public static List<MemberAction> allowed(Collection<Role> callerRoles, MemberDocument member) {
        boolean administers = callerRoles.stream().anyMatch(Role::administers);
        if (!administers || member.state() == null || member.roles().contains(Role.OWNER)) {
            return List.of();
        }
        EnumSet<MemberAction> actions = EnumSet.copyOf(ANY_NON_OWNER);
        actions.addAll(byState(member.state()));
        if (callerRoles.contains(Role.OWNER) && member.state() == MemberState.ACTIVE
                && member.roles().contains(Role.ADMIN)) {
            actions.add(MemberAction.TRANSFER_OWNERSHIP);
        }
        return List.copyOf(actions);
    }

    private static Set<MemberAction> byState(MemberState state) {
        return switch (state) {
            case ADDED, REVOKED -> EnumSet.of(MemberAction.INVITE);
            case INVITED -> EnumSet.of(MemberAction.RE_INVITE, MemberAction.CANCEL);
            case EXPIRED, DELIVERY_FAILED -> EnumSet.of(MemberAction.RE_INVITE);
            case ACTIVE -> EnumSet.of(MemberAction.REVOKE);
        };
    }

    private MemberActions() {
    }
}
