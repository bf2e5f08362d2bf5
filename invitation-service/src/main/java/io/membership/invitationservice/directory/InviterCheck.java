package io.membership.invitationservice.directory;

import io.membership.contract.Role;
import io.membership.platform.errors.ApiException;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * May this account invite into this workspace? The directory lags membership-service by a moment, so an unknown
 * workspace or membership is awaited (bounded) before the caller hears "not found": a workspace created a second ago
 * can already invite.
 */
public class InviterCheck {

    private static final Duration POLL = Duration.ofMillis(50);

    private final WorkspaceDirectory directory;
    private final Duration patience;

    public InviterCheck(WorkspaceDirectory directory, Duration patience) {
        this.directory = directory;
        this.patience = patience;
    }

    public void requireInviter(UUID workspaceId, UUID accountId) {
        Set<Role> roles = awaitRoles(workspaceId, accountId)
                .orElseThrow(() -> ApiException.notFound("workspace"));
        if (roles.stream().noneMatch(Role::administers)) {
            throw ApiException.forbidden("only an owner or an admin of the workspace can invite");
        }
    }

    private Optional<Set<Role>> awaitRoles(UUID workspaceId, UUID accountId) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Optional<Set<Role>> roles = known(workspaceId, accountId);
            if (roles.isPresent() || System.nanoTime() >= deadline) {
                return roles;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    private Optional<Set<Role>> known(UUID workspaceId, UUID accountId) {
        if (directory.workspace(workspaceId).isEmpty()) {
            return Optional.empty();
        }
        return directory.rolesOf(workspaceId, accountId);
    }
}
