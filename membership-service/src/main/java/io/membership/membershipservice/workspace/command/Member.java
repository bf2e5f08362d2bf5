package io.membership.membershipservice.workspace.command;

import io.membership.contract.MemberState;
import io.membership.contract.Role;

import java.util.Set;
import java.util.UUID;

/** One email's place in the workspace, as far as the aggregate's rules need it. Immutable: changes make a copy. */
record Member(UUID memberId, String email, Set<Role> roles, MemberState state, UUID accountId, UUID invitationId) {

    Member {
        roles = Set.copyOf(roles);
    }

    boolean administers() {
        return state == MemberState.ACTIVE && roles.stream().anyMatch(Role::administers);
    }

    boolean isInvitedBy(UUID invitation) {
        return state == MemberState.INVITED && invitation != null && invitation.equals(invitationId);
    }

    Member invited(UUID invitation) {
        return new Member(memberId, email, roles, MemberState.INVITED, accountId, invitation);
    }

    Member joined(UUID account) {
        return new Member(memberId, email, roles, MemberState.ACTIVE, account, invitationId);
    }

    Member movedTo(MemberState newState) {
        return new Member(memberId, email, roles, newState, accountId, invitationId);
    }
}
