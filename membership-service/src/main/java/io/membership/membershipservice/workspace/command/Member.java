package io.membership.membershipservice.workspace.command;

import io.membership.contract.AccessLevel;
import io.membership.contract.MemberState;
import io.membership.contract.Role;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One email's place in the workspace, as far as the aggregate's rules need it. Immutable: changes make a copy.
 * {@code addOns} holds only levels other than NO_ACCESS; {@code revokedAt} is set while the member is REVOKED.
 */
record Member(UUID memberId, String email, Set<Role> roles, MemberState state, UUID accountId, UUID invitationId,
              List<String> tags, Map<String, AccessLevel> addOns, Instant revokedAt) {

    Member {
        roles = Set.copyOf(roles);
        tags = List.copyOf(tags);
        addOns = Map.copyOf(addOns);
    }

    Member(UUID memberId, String email, Set<Role> roles, MemberState state, UUID accountId, UUID invitationId) {
        this(memberId, email, roles, state, accountId, invitationId, List.of(), Map.of(), null);
    }

    boolean administers() {
        return state == MemberState.ACTIVE && roles.stream().anyMatch(Role::administers);
    }

    boolean isOwner() {
        return roles.contains(Role.OWNER);
    }

    boolean isInvitedBy(UUID invitation) {
        return state == MemberState.INVITED && invitation != null && invitation.equals(invitationId);
    }

    AccessLevel accessTo(String product) {
        return addOns.getOrDefault(product, AccessLevel.NO_ACCESS);
    }

    Member invited(UUID invitation) {
        return new Member(memberId, email, roles, MemberState.INVITED, accountId, invitation, tags, addOns, null);
    }

    Member joined(UUID account) {
        return new Member(memberId, email, roles, MemberState.ACTIVE, account, invitationId, tags, addOns, null);
    }

    Member movedTo(MemberState newState) {
        return new Member(memberId, email, roles, newState, accountId, invitationId, tags, addOns, revokedAt);
    }

    Member revoked(Instant at) {
        return new Member(memberId, email, roles, MemberState.REVOKED, accountId, invitationId, tags, Map.of(), at);
    }

    Member withRoles(Set<Role> newRoles) {
        return new Member(memberId, email, newRoles, state, accountId, invitationId, tags, addOns, revokedAt);
    }

    Member withTags(List<String> newTags) {
        return new Member(memberId, email, roles, state, accountId, invitationId, newTags, addOns, revokedAt);
    }

    Member withAccess(String product, AccessLevel level) {
        Map<String, AccessLevel> changed = new HashMap<>(addOns);
        if (level == AccessLevel.NO_ACCESS) {
            changed.remove(product);
        } else {
            changed.put(product, level);
        }
        return new Member(memberId, email, roles, state, accountId, invitationId, tags, changed, revokedAt);
    }
}
