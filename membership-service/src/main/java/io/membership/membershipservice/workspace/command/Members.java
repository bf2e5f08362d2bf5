package io.membership.membershipservice.workspace.command;

import io.membership.contract.AccessLevel;
import io.membership.contract.MemberState;
import io.membership.contract.Products;

import java.util.Collection;
import java.util.Collections;
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

    void remove(UUID memberId) {
        byId.remove(memberId);
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

    /** The ACTIVE member signed in as {@code accountId}, if any. */
    Optional<Member> activeByAccount(UUID accountId) {
        return accountId == null ? Optional.empty() : byId.values().stream()
                .filter(m -> accountId.equals(m.accountId()) && m.state() == MemberState.ACTIVE)
                .findFirst();
    }

    /** Whether {@code accountId} is an ACTIVE owner or admin here: the right to invite. */
    boolean mayAdminister(UUID accountId) {
        return activeByAccount(accountId).filter(Member::administers).isPresent();
    }

    Collection<Member> all() {
        return Collections.unmodifiableCollection(byId.values());
    }

    long holdingWorkspaceSeat() {
        return byId.values().stream().map(Member::state).filter(MemberState::holdsWorkspaceSeat).count();
    }

    long seatsHeld(String product) {
        if (Products.WORKSPACE.equals(product)) {
            return holdingWorkspaceSeat();
        }
        return byId.values().stream().filter(m -> m.accessTo(product) == AccessLevel.AGENT).count();
    }
}
