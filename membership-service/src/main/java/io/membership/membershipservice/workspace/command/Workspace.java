package io.membership.membershipservice.workspace.command;

import io.membership.contract.MemberState;
import io.membership.contract.Products;
import io.membership.contract.Role;
import io.membership.contract.membership.ActivateMember;
import io.membership.contract.membership.CreateWorkspace;
import io.membership.contract.membership.MemberAdded;
import io.membership.contract.membership.MemberJoined;
import io.membership.contract.membership.RejectionReason;
import io.membership.contract.membership.ReleaseSeat;
import io.membership.contract.membership.ReserveSeat;
import io.membership.contract.membership.SeatReleased;
import io.membership.contract.membership.SeatReservationRejected;
import io.membership.contract.membership.SeatReserved;
import io.membership.contract.membership.WorkspaceCreated;
import io.membership.membershipservice.common.EmailAddress;
import io.membership.membershipservice.common.LocaleTag;
import io.membership.platform.axon.ContractCommandTargetResolver;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A tenant: its owner, its members and their workspace seats, and the answers given to seat requests. */
@Aggregate(commandTargetResolver = ContractCommandTargetResolver.BEAN_NAME)
public class Workspace {

    @AggregateIdentifier
    private UUID workspaceId;
    private String name;
    private int workspaceSeats;
    private final Members members = new Members();
    private final Set<UUID> answeredInvitations = new HashSet<>();

    protected Workspace() {
    }

    @CommandHandler
    public Workspace(CreateWorkspace command, MemberIdGenerator memberIds) {
        WorkspaceRules.check(command);
        apply(new WorkspaceCreated(command.workspaceId(), command.name().trim(), command.ownerAccountId(),
                memberIds.next(), EmailAddress.normalise(command.ownerEmail()), Map.copyOf(command.seatCapacity()),
                LocaleTag.parse(command.defaultLocale()).orElse(LocaleTag.DEFAULT)));
    }

    @CommandHandler
    public void handle(ReserveSeat command, MemberIdGenerator memberIds) {
        if (answeredInvitations.contains(command.invitationId())) {
            return;
        }
        SeatRequest request = SeatRequest.of(workspaceId, command);
        Member existing = members.byEmail(request.email()).orElse(null);
        if (!members.mayAdminister(command.requestedBy())) {
            apply(request.rejected(existing, RejectionReason.NOT_ALLOWED, "only an owner or admin may invite"));
        } else if (request.roles().contains(Role.OWNER)) {
            apply(request.rejected(existing, RejectionReason.NOT_ALLOWED, "an invitation cannot grant the OWNER role"));
        } else if (existing != null && existing.state() == MemberState.ACTIVE) {
            apply(request.rejected(existing, RejectionReason.ALREADY_ACTIVE, "the email is already an active member"));
        } else if (existing != null && existing.state() == MemberState.INVITED) {
            apply(request.rejected(existing, RejectionReason.ALREADY_INVITED, "the email has a pending invitation"));
        } else {
            UUID memberId = existing != null ? existing.memberId() : addMember(request, memberIds.next());
            reserveWorkspaceSeat(request, memberId);
        }
    }

    private UUID addMember(SeatRequest request, UUID memberId) {
        apply(new MemberAdded(workspaceId, memberId, request.email(), request.roles()));
        return memberId;
    }

    private void reserveWorkspaceSeat(SeatRequest request, UUID memberId) {
        if (members.holdingWorkspaceSeat() < workspaceSeats) {
            apply(new SeatReserved(workspaceId, memberId, request.invitationId(), Products.WORKSPACE, request.email(),
                    name));
        } else {
            apply(request.rejected(memberId, RejectionReason.NO_FREE_SEAT,
                    "all " + workspaceSeats + " workspace seats are taken"));
        }
    }

    @CommandHandler
    public void handle(ActivateMember command) {
        if (command.accountId() == null) {
            throw new IllegalArgumentException("a member joins with an account");
        }
        members.byId(command.memberId())
                .filter(member -> member.isInvitedBy(command.invitationId()))
                .ifPresent(member -> apply(new MemberJoined(workspaceId, member.memberId(), command.invitationId(),
                        command.accountId(), member.email(), member.roles())));
    }

    @CommandHandler
    public void handle(ReleaseSeat command) {
        if (command.reason() == null) {
            throw new IllegalArgumentException("a seat release needs a reason");
        }
        members.byId(command.memberId())
                .filter(member -> member.isInvitedBy(command.invitationId()))
                .ifPresent(member -> apply(new SeatReleased(workspaceId, member.memberId(), command.invitationId(),
                        Products.WORKSPACE, command.reason())));
    }

    @EventSourcingHandler
    void on(WorkspaceCreated event) {
        workspaceId = event.workspaceId();
        name = event.name();
        workspaceSeats = event.seatCapacity().getOrDefault(Products.WORKSPACE, 0);
        members.add(new Member(event.ownerMemberId(), event.ownerEmail(), Set.of(Role.OWNER), MemberState.ACTIVE,
                event.ownerAccountId(), null));
    }

    @EventSourcingHandler
    void on(MemberAdded event) {
        members.add(new Member(event.memberId(), event.email(), event.roles(), MemberState.ADDED, null, null));
    }

    @EventSourcingHandler
    void on(SeatReserved event) {
        answeredInvitations.add(event.invitationId());
        members.change(event.memberId(), member -> member.invited(event.invitationId()));
    }

    @EventSourcingHandler
    void on(SeatReservationRejected event) {
        answeredInvitations.add(event.invitationId());
        if (event.reason() == RejectionReason.NO_FREE_SEAT && event.memberId() != null) {
            members.change(event.memberId(), member -> member.movedTo(MemberState.DELIVERY_FAILED));
        }
    }

    @EventSourcingHandler
    void on(MemberJoined event) {
        members.change(event.memberId(), member -> member.joined(event.accountId()));
    }

    @EventSourcingHandler
    void on(SeatReleased event) {
        if (Products.WORKSPACE.equals(event.product())) {
            members.change(event.memberId(), member -> member.movedTo(event.reason().resultingState()));
        }
    }

    /** For tests: a member's lifecycle state, or null when there is no such member. */
    MemberState stateOf(UUID memberId) {
        return members.byId(memberId).map(Member::state).orElse(null);
    }
}
