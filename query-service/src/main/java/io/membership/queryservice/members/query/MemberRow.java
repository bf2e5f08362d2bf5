package io.membership.queryservice.members.query;

import io.membership.contract.MemberState;
import io.membership.contract.Role;
import io.membership.queryservice.members.projection.MemberDocument;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record MemberRow(UUID memberId, String email, MemberState state, List<Role> roles, String guidance,
                        String confirmation, Instant invitedAt, Instant expiresAt, String reason) {

    static MemberRow of(MemberDocument member) {
        return new MemberRow(UUID.fromString(member.memberId()), member.email(), member.state(), member.roles(),
                member.guidance(), member.confirmation(), member.invitedAt(), member.expiresAt(), member.reason());
    }
}
