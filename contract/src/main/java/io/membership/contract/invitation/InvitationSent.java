package io.membership.contract.invitation;

import io.membership.contract.Role;
import io.membership.contract.WorkspaceEvent;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The invitation is live until {@code expiresAt}; notification-service emails it. {@code attempt} numbers the
 * links of one invitation: only the newest attempt's link works.
 */
public record InvitationSent(UUID invitationId, UUID workspaceId, UUID memberId, String email, Set<Role> roles,
                             int attempt, Instant expiresAt, String workspaceName, UUID invitedBy,
                             String locale) implements WorkspaceEvent {
}
