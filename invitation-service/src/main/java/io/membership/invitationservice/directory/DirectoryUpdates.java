package io.membership.invitationservice.directory;

import io.membership.contract.Event;
import io.membership.contract.Role;
import io.membership.contract.membership.AccountRegistered;
import io.membership.contract.membership.MemberJoined;
import io.membership.contract.membership.WorkspaceCreated;

import java.util.Set;

/** Keeps the {@link WorkspaceDirectory} in step with membership-service's events; every update is an upsert. */
public class DirectoryUpdates {

    private final WorkspaceDirectory directory;

    public DirectoryUpdates(WorkspaceDirectory directory) {
        this.directory = directory;
    }

    public void apply(Event event) {
        if (event instanceof WorkspaceCreated created) {
            directory.recordWorkspace(created.workspaceId(), created.name(), created.defaultLocale());
            directory.recordRoles(created.workspaceId(), created.ownerAccountId(), Set.of(Role.OWNER));
            if (created.ownerEmail() != null) {
                directory.recordAccount(created.ownerEmail(), created.ownerAccountId());
            }
        } else if (event instanceof MemberJoined joined && joined.accountId() != null) {
            directory.recordRoles(joined.workspaceId(), joined.accountId(),
                    joined.roles() == null ? Set.of() : joined.roles());
            if (joined.email() != null) {
                directory.recordAccount(joined.email(), joined.accountId());
            }
        } else if (event instanceof AccountRegistered registered) {
            directory.recordAccount(registered.email(), registered.accountId());
        }
    }
}
