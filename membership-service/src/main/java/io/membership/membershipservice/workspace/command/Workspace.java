package io.membership.membershipservice.workspace.command;

import io.membership.contract.AccessLevel;
import io.membership.contract.MemberState;
import io.membership.contract.Products;
import io.membership.contract.Role;
import io.membership.contract.membership.ActivateMember;
import io.membership.contract.membership.AddMember;
import io.membership.contract.membership.AddOnAccessChanged;
import io.membership.contract.membership.AssignTags;
import io.membership.contract.membership.ChangeAddOnAccess;
import io.membership.contract.membership.ChangeRoles;
import io.membership.contract.membership.ChangeSeatCapacity;
import io.membership.contract.membership.CreateWorkspace;
import io.membership.contract.membership.ImportMembers;
import io.membership.contract.membership.MemberAdded;
import io.membership.contract.membership.MemberJoined;
import io.membership.contract.membership.MemberRemoved;
import io.membership.contract.membership.MemberRevoked;
import io.membership.contract.membership.MemberRolesChanged;
import io.membership.contract.membership.MemberTagsAssigned;
import io.membership.contract.membership.MembersImported;
import io.membership.contract.membership.OwnershipTransferred;
import io.membership.contract.membership.RejectionReason;
import io.membership.contract.membership.ReleaseReason;
import io.membership.contract.membership.ReleaseSeat;
import io.membership.contract.membership.RemoveMember;
import io.membership.contract.membership.ReserveSeat;
import io.membership.contract.membership.RevokeMember;
import io.membership.contract.membership.SeatCapacityChanged;
import io.membership.contract.membership.SeatReleased;
import io.membership.contract.membership.SeatReservationRejected;
import io.membership.contract.membership.SeatReserved;
import io.membership.contract.membership.TransferOwnership;
import io.membership.contract.membership.WorkspaceCreated;
import io.membership.membershipservice.common.EmailAddress;
import io.membership.membershipservice.common.LocaleTag;
import io.membership.platform.axon.ContractCommandTargetResolver;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A tenant: its owner, its members with roles, tags and add-on access, its seat pools, and the answers given to seat
 * requests. Every administrative command names the acting account, whose rights are checked here (DESIGN section 3).
 */
@Aggregate(commandTargetResolver = ContractCommandTargetResolver.BEAN_NAME, cache = "workspaceCache")
public class Workspace {

    @AggregateIdentifier
    private UUID workspaceId;
    private String name;
    private final Map<String, Integer> capacity = new HashMap<>();
    private final Members members = new Members();
    private final Set<UUID> answeredInvitations = new HashSet<>();
    private final Set<UUID> imports = new HashSet<>();

    protected Workspace() {
    }

    @CommandHandler
    public Workspace(CreateWorkspace command, MemberIdGenerator memberIds) {
        WorkspaceRules.check(command);
        apply(new WorkspaceCreated(command.workspaceId(), command.name().trim(), command.ownerAccountId(),
                memberIds.next(), EmailAddress.normalise(command.ownerEmail()), Map.copyOf(command.seatCapacity()),
                LocaleTag.parse(command.defaultLocale()).orElse(LocaleTag.DEFAULT)));
    }

    // ---- the invite saga ----

    @CommandHandler
    public void handle(ReserveSeat command, MemberIdGenerator memberIds, ReinstateWindow reinstate) {
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
            reserveWorkspaceSeat(request, memberId, existing, reinstate);
        }
    }

    private UUID addMember(SeatRequest request, UUID memberId) {
        apply(new MemberAdded(workspaceId, memberId, request.email(), request.roles()));
        return memberId;
    }

    private void reserveWorkspaceSeat(SeatRequest request, UUID memberId, Member existing, ReinstateWindow reinstate) {
        int seats = capacityOf(Products.WORKSPACE);
        if (members.holdingWorkspaceSeat() >= seats) {
            apply(request.rejected(memberId, RejectionReason.NO_FREE_SEAT, "all " + seats + " workspace seats are taken"));
            return;
        }
        if (existing != null && existing.state() == MemberState.REVOKED
                && !reinstate.covers(existing.revokedAt(), GenericEventMessage.clock.instant())
                && !existing.roles().equals(request.roles())) {
            apply(new MemberRolesChanged(workspaceId, memberId, existing.accountId(), existing.email(),
                    existing.roles(), request.roles()));
        }
        apply(new SeatReserved(workspaceId, memberId, request.invitationId(), Products.WORKSPACE, request.email(), name));
    }

    @CommandHandler
    public void handle(ActivateMember command) {
        if (command.accountId() == null) {
            throw new IllegalArgumentException("a member joins with an account");
        }
        // The pending invitation holds its seat and capacity never drops below seats held: no second seat check.
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

    // ---- administration ----

    @CommandHandler
    public void handle(ChangeRoles command) {
        administrator(command.requestedBy());
        Member target = target(command.memberId());
        if (target.isOwner()) {
            throw Refusals.ownerProtected();
        }
        Set<Role> roles = MemberRoles.checked(command.roles());
        if (!roles.equals(target.roles())) {
            apply(new MemberRolesChanged(workspaceId, target.memberId(), target.accountId(), target.email(),
                    target.roles(), roles));
        }
    }

    @CommandHandler
    public void handle(TransferOwnership command) {
        Member owner = members.activeByAccount(command.requestedBy()).orElseThrow(Refusals::workspaceNotFound);
        if (!owner.isOwner()) {
            throw Refusals.notTheOwner();
        }
        Member next = target(command.toMemberId());
        if (next.memberId().equals(owner.memberId())) {
            throw Refusals.rule("already-owner", "this member already owns the workspace");
        }
        if (next.state() != MemberState.ACTIVE || !next.roles().contains(Role.ADMIN)) {
            throw Refusals.rule("not-an-active-admin",
                    "ownership can only go to an ACTIVE admin; make the member an admin first");
        }
        apply(new OwnershipTransferred(workspaceId, owner.memberId(), owner.accountId(), owner.email(),
                next.memberId(), next.accountId(), next.email()));
    }

    @CommandHandler
    public void handle(RevokeMember command) {
        administrator(command.requestedBy());
        Member target = target(command.memberId());
        if (target.isOwner()) {
            throw Refusals.ownerProtected();
        }
        if (target.state() != MemberState.INVITED && target.state() != MemberState.ACTIVE) {
            throw Refusals.rule("nothing-to-revoke", "the member is " + target.state()
                    + " and has no access to revoke");
        }
        apply(new MemberRevoked(workspaceId, target.memberId(), target.accountId(), target.email(), target.roles(),
                target.state(), target.invitationId()));
        releaseSeatsOf(target);
    }

    @CommandHandler
    public void handle(RemoveMember command) {
        administrator(command.requestedBy());
        Member target = target(command.memberId());
        if (target.isOwner()) {
            throw Refusals.ownerProtected();
        }
        releaseSeatsOf(target);
        apply(new MemberRemoved(workspaceId, target.memberId(), target.accountId(), target.email(),
                target.invitationId()));
    }

    private void releaseSeatsOf(Member member) {
        if (member.state().holdsWorkspaceSeat()) {
            apply(new SeatReleased(workspaceId, member.memberId(), member.invitationId(), Products.WORKSPACE,
                    ReleaseReason.REVOKED));
        }
        member.addOns().entrySet().stream()
                .filter(access -> access.getValue().holdsSeat())
                .map(Map.Entry::getKey)
                .sorted()
                .forEach(product -> apply(new SeatReleased(workspaceId, member.memberId(), null, product,
                        ReleaseReason.REVOKED)));
    }

    @CommandHandler
    public void handle(AssignTags command) {
        Member actor = administrator(command.requestedBy());
        Member target = target(command.memberId());
        if (target.isOwner() && !actor.isOwner()) {
            throw Refusals.ownerProtected();
        }
        List<String> tags = MemberTags.checked(command.tags());
        if (!tags.equals(target.tags())) {
            apply(new MemberTagsAssigned(workspaceId, target.memberId(), tags));
        }
    }

    @CommandHandler
    public void handle(ChangeSeatCapacity command) {
        Member actor = members.activeByAccount(command.requestedBy()).orElseThrow(Refusals::workspaceNotFound);
        if (!actor.isOwner()) {
            throw Refusals.notTheOwner();
        }
        String product = command.product();
        WorkspaceRules.capacityProblem(product, command.capacity()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        long held = members.seatsHeld(product);
        if (command.capacity() < held) {
            throw Refusals.rule("below-seats-in-use", held + " seats of '" + product + "' are in use or reserved; "
                    + "free some before lowering the capacity to " + command.capacity());
        }
        int previous = capacityOf(product);
        if (previous != command.capacity() || !capacity.containsKey(product)) {
            apply(new SeatCapacityChanged(workspaceId, product, previous, command.capacity()));
        }
    }

    @CommandHandler
    public void handle(ChangeAddOnAccess command) {
        Member actor = administrator(command.requestedBy());
        String product = command.product();
        if (command.level() == null) {
            throw new IllegalArgumentException("level must be NO_ACCESS, VIEWER or AGENT");
        }
        if (Products.WORKSPACE.equals(product)) {
            throw new IllegalArgumentException("workspace seats follow the member's state; invite or revoke instead");
        }
        if (!capacity.containsKey(product)) {
            throw Refusals.productNotFound();
        }
        Member target = target(command.memberId());
        if (target.isOwner() && !actor.isOwner()) {
            throw Refusals.ownerProtected();
        }
        AccessLevel previous = target.accessTo(product);
        if (previous == command.level()) {
            return;
        }
        if (command.level() != AccessLevel.NO_ACCESS && !target.state().holdsWorkspaceSeat()) {
            throw Refusals.rule("member-without-access", "only INVITED or ACTIVE members can get add-on access; "
                    + "the member is " + target.state());
        }
        if (command.level().holdsSeat() && members.seatsHeld(product) >= capacityOf(product)) {
            throw Refusals.rule("no-free-seat", "all " + capacityOf(product) + " seats of '" + product
                    + "' are taken; move one from another member or buy more");
        }
        apply(new AddOnAccessChanged(workspaceId, target.memberId(), product, previous, command.level()));
    }

    @CommandHandler
    public void handle(AddMember command) {
        administrator(command.requestedBy());
        String email = EmailAddress.parse(command.email())
                .orElseThrow(() -> new IllegalArgumentException("email is not a valid email address"));
        Set<Role> roles = MemberRoles.orDefault(command.roles());
        List<String> tags = MemberTags.checked(command.tags());
        Member existing = members.byEmail(email).orElse(null);
        if (existing != null) {
            if (existing.memberId().equals(command.memberId())) {
                return;
            }
            throw Refusals.rule("already-a-member", email + " is already in the members list");
        }
        if (command.memberId() == null || members.byId(command.memberId()).isPresent()) {
            throw new IllegalArgumentException("a new member needs a new member id");
        }
        apply(new MemberAdded(workspaceId, command.memberId(), email, roles));
        if (!tags.isEmpty()) {
            apply(new MemberTagsAssigned(workspaceId, command.memberId(), tags));
        }
    }

    @CommandHandler
    public List<ImportedRow> handle(ImportMembers command, MemberIdGenerator memberIds) {
        administrator(command.requestedBy());
        if (command.importId() == null || imports.contains(command.importId())) {
            return List.of();
        }
        List<ImportedRow> outcomes = new ArrayList<>();
        for (ImportMembers.Row row : command.rows()) {
            outcomes.add(MemberImport.merge(workspaceId, members, row, memberIds));
        }
        apply(new MembersImported(workspaceId, command.importId(), command.rows().size() + command.rejectedRows(),
                count(outcomes, ImportedRow.Outcome.ADDED), count(outcomes, ImportedRow.Outcome.UPDATED),
                count(outcomes, ImportedRow.Outcome.UNCHANGED),
                command.rejectedRows() + count(outcomes, ImportedRow.Outcome.REJECTED)));
        return outcomes;
    }

    private static int count(List<ImportedRow> rows, ImportedRow.Outcome outcome) {
        return (int) rows.stream().filter(row -> row.outcome() == outcome).count();
    }

    /** The workspace's name if {@code accountId} is an ACTIVE member here (for switching); 404 otherwise. */
    @CommandHandler
    public String handle(ConfirmActiveMember command) {
        members.activeByAccount(command.accountId()).orElseThrow(Refusals::workspaceNotFound);
        return name;
    }

    /** The acting account's ACTIVE membership with OWNER or ADMIN; 404 when it is not in this workspace at all. */
    private Member administrator(UUID accountId) {
        Member actor = members.activeByAccount(accountId).orElseThrow(Refusals::workspaceNotFound);
        if (!actor.administers()) {
            throw Refusals.notAnAdministrator();
        }
        return actor;
    }

    private Member target(UUID memberId) {
        return members.byId(memberId).orElseThrow(Refusals::memberNotFound);
    }

    private int capacityOf(String product) {
        return capacity.getOrDefault(product, 0);
    }

    // ---- state ----

    @EventSourcingHandler
    void on(WorkspaceCreated event) {
        workspaceId = event.workspaceId();
        name = event.name();
        capacity.putAll(event.seatCapacity());
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
        } else {
            members.change(event.memberId(), member -> member.withAccess(event.product(), AccessLevel.NO_ACCESS));
        }
    }

    @EventSourcingHandler
    void on(MemberRolesChanged event) {
        members.change(event.memberId(), member -> member.withRoles(event.roles()));
    }

    @EventSourcingHandler
    void on(OwnershipTransferred event) {
        members.change(event.fromMemberId(), member -> member.withRoles(swap(member.roles(), Role.OWNER, Role.ADMIN)));
        members.change(event.toMemberId(), member -> member.withRoles(swap(member.roles(), Role.ADMIN, Role.OWNER)));
    }

    private static Set<Role> swap(Set<Role> roles, Role out, Role in) {
        Set<Role> changed = EnumSet.noneOf(Role.class);
        changed.addAll(roles);
        changed.remove(out);
        changed.add(in);
        return changed;
    }

    @EventSourcingHandler
    void on(MemberRevoked event, @Timestamp Instant at) {
        members.change(event.memberId(), member -> member.revoked(at));
    }

    @EventSourcingHandler
    void on(MemberRemoved event) {
        members.remove(event.memberId());
    }

    @EventSourcingHandler
    void on(MemberTagsAssigned event) {
        members.change(event.memberId(), member -> member.withTags(event.tags()));
    }

    @EventSourcingHandler
    void on(SeatCapacityChanged event) {
        capacity.put(event.product(), event.capacity());
    }

    @EventSourcingHandler
    void on(AddOnAccessChanged event) {
        members.change(event.memberId(), member -> member.withAccess(event.product(), event.level()));
    }

    @EventSourcingHandler
    void on(MembersImported event) {
        imports.add(event.importId());
    }

    /** For tests: a member's lifecycle state, or null when there is no such member. */
    MemberState stateOf(UUID memberId) {
        return members.byId(memberId).map(Member::state).orElse(null);
    }

    /** For tests: a member's roles, or null when there is no such member. */
    Set<Role> rolesOf(UUID memberId) {
        return members.byId(memberId).map(Member::roles).orElse(null);
    }

    /** For tests: how many members hold the OWNER role. */
    long owners() {
        return members.all().stream().filter(Member::isOwner).count();
    }
}
