package io.membership.invitationservice.directory;

import io.membership.contract.Event;
import io.membership.contract.MemberState;
import io.membership.contract.Products;
import io.membership.contract.Role;
import io.membership.contract.membership.AccountRegistered;
import io.membership.contract.membership.MemberAdded;
import io.membership.contract.membership.MemberJoined;
import io.membership.contract.membership.MemberRemoved;
import io.membership.contract.membership.MemberRevoked;
import io.membership.contract.membership.MemberRolesChanged;
import io.membership.contract.membership.OwnershipTransferred;
import io.membership.contract.membership.RejectionReason;
import io.membership.contract.membership.SeatReleased;
import io.membership.contract.membership.SeatReservationRejected;
import io.membership.contract.membership.SeatReserved;
import io.membership.contract.membership.WorkspaceCreated;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the {@link WorkspaceDirectory} in step with membership-service's events: who may invite (roles of ACTIVE
 * accounts, following role changes, ownership transfers, revokes and removals) and the roster of members with their
 * state, for inviting by member id. Every update is an upsert or a delete, so a replay converges.
 */
public class DirectoryUpdates {

    private final WorkspaceDirectory directory;

    public DirectoryUpdates(WorkspaceDirectory directory) {
        this.directory = directory;
    }

    public void apply(Event event) {
        if (event instanceof WorkspaceCreated created) {
            directory.recordWorkspace(created.workspaceId(), created.name(), created.defaultLocale());
            directory.recordRoles(created.workspaceId(), created.ownerAccountId(), Set.of(Role.OWNER));
            directory.recordMember(created.workspaceId(), created.ownerMemberId(), created.ownerEmail(),
                    MemberState.ACTIVE);
            if (created.ownerEmail() != null) {
                directory.recordAccount(created.ownerEmail(), created.ownerAccountId());
            }
        } else if (event instanceof MemberJoined joined && joined.accountId() != null) {
            directory.recordRoles(joined.workspaceId(), joined.accountId(),
                    joined.roles() == null ? Set.of() : joined.roles());
            directory.recordMemberState(joined.memberId(), MemberState.ACTIVE);
            if (joined.email() != null) {
                directory.recordAccount(joined.email(), joined.accountId());
            }
        } else if (event instanceof AccountRegistered registered) {
            directory.recordAccount(registered.email(), registered.accountId());
        } else {
            applyAdministration(event);
        }
    }

    private void applyAdministration(Event event) {
        if (event instanceof MemberAdded added) {
            directory.recordMember(added.workspaceId(), added.memberId(), added.email(), MemberState.ADDED);
        } else if (event instanceof SeatReserved reserved) {
            directory.recordMemberState(reserved.memberId(), MemberState.INVITED);
        } else if (event instanceof SeatReservationRejected rejected && rejected.memberId() != null
                && rejected.reason() == RejectionReason.NO_FREE_SEAT) {
            directory.recordMemberState(rejected.memberId(), MemberState.DELIVERY_FAILED);
        } else if (event instanceof SeatReleased released && Products.WORKSPACE.equals(released.product())) {
            directory.recordMemberState(released.memberId(), released.reason().resultingState());
        } else if (event instanceof MemberRolesChanged changed && changed.accountId() != null) {
            directory.rolesOf(changed.workspaceId(), changed.accountId()).ifPresent(old ->
                    directory.recordRoles(changed.workspaceId(), changed.accountId(), changed.roles()));
        } else if (event instanceof OwnershipTransferred transferred) {
            swap(transferred.workspaceId(), transferred.fromAccountId(), Role.OWNER, Role.ADMIN);
            swap(transferred.workspaceId(), transferred.toAccountId(), Role.ADMIN, Role.OWNER);
        } else if (event instanceof MemberRevoked revoked) {
            directory.recordMemberState(revoked.memberId(), MemberState.REVOKED);
            if (revoked.accountId() != null) {
                directory.forgetRoles(revoked.workspaceId(), revoked.accountId());
            }
        } else if (event instanceof MemberRemoved removed) {
            directory.forgetMember(removed.memberId());
            if (removed.accountId() != null) {
                directory.forgetRoles(removed.workspaceId(), removed.accountId());
            }
        }
    }

    private void swap(UUID workspaceId, UUID accountId, Role out, Role in) {
        if (accountId == null) {
            return;
        }
        Set<Role> roles = EnumSet.of(in);
        directory.rolesOf(workspaceId, accountId).ifPresent(old -> {
            roles.addAll(old);
            roles.remove(out);
        });
        directory.recordRoles(workspaceId, accountId, roles);
    }
}
