package io.membership.membershipservice.workspace.command;

import io.membership.contract.Role;
import io.membership.contract.membership.RejectionReason;
import io.membership.contract.membership.ReserveSeat;
import io.membership.contract.membership.SeatReservationRejected;
import io.membership.membershipservice.common.EmailAddress;

import java.util.Set;
import java.util.UUID;

/** A ReserveSeat command with its email normalised and its roles defaulted to MEMBER. */
record SeatRequest(UUID workspaceId, UUID invitationId, String email, Set<Role> roles) {

    static SeatRequest of(UUID workspaceId, ReserveSeat command) {
        if (command.invitationId() == null) {
            throw new IllegalArgumentException("a seat request needs an invitation id");
        }
        String email = EmailAddress.parse(command.email())
                .orElseThrow(() -> new IllegalArgumentException("a seat request needs a valid email address"));
        Set<Role> roles = command.roles() == null || command.roles().isEmpty()
                ? Set.of(Role.MEMBER) : Set.copyOf(command.roles());
        return new SeatRequest(workspaceId, command.invitationId(), email, roles);
    }

    SeatReservationRejected rejected(Member existing, RejectionReason reason, String detail) {
        return rejected(existing == null ? null : existing.memberId(), reason, detail);
    }

    SeatReservationRejected rejected(UUID memberId, RejectionReason reason, String detail) {
        return new SeatReservationRejected(workspaceId, invitationId, memberId, email, reason, detail);
    }
}
