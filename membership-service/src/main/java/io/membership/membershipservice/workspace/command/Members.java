package io.membership.membershipservice.workspace.command;

import io.membership.contract.MemberState;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** The members of one workspace, looked up by id, email (stored lower case) or account. */
final class Members {

    private final Map<UUID, Member> byId = new LinkedHashMap<>();

    void add(Member member) {
        byId.put(member.memberId(), member);
    }

    void change(UUID memberId, UnaryOperator<Member> change) {
        byId.computeIfPresent(memberId, (id, member) -> change.apply(member));
    }

    Optional<Member> byId(UUID memberId) {
        return Optional.ofNullable(byId.get(memberId));
    }

    Optional<Member> byEmail(String email) {
        return byId.values().stream().filter(m -> m.email().equals(email)).findFirst();
    }

    /** Whether {@code accountId} is an ACTIVE owner or admin here: the right to invite. */
    boolean mayAdminister(UUID accountId) {
        return accountId != null && byId.values().stream()
                .anyMatch(m -> accountId.equals(m.accountId()) && m.administers());
    }

    long holdingWorkspaceSeat() {
        return byId.values().stream().map(Member::state).filter(MemberState::holdsWorkspaceSeat).count();
    }
}
