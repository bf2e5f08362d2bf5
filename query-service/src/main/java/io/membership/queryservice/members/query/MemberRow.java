package io.membership.queryservice.members.query;

import io.membership.contract.AccessLevel;
import io.membership.contract.MemberState;
import io.membership.contract.Role;
import io.membership.queryservice.members.projection.MemberDocument;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One row of the members page. {@code workspaceSeat} says whether the member holds a seat of the workspace pool;
 * {@code addOns} names the access level per add-on product (absent = NO_ACCESS); {@code reason} explains the guidance.
 */
public record MemberRow(UUID memberId, String email, MemberState state, List<Role> roles, List<String> tags,
                        boolean workspaceSeat, Map<String, AccessLevel> addOns, String guidance, String confirmation,
                        Instant invitedAt, Instant expiresAt, String reason, List<MemberAction> actions) {

    static MemberRow of(MemberDocument member, List<MemberAction> actions) {
        return new MemberRow(UUID.fromString(member.memberId()), member.email(), member.state(), member.roles(),
                member.tags(), member.state() != null && member.state().holdsWorkspaceSeat(),
                Map.copyOf(member.addOns()), member.guidance(), member.confirmation(), member.invitedAt(),
                member.expiresAt(), member.reason(), actions);
    }
}
