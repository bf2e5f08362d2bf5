package io.membership.contract.invitation;

import io.membership.contract.Role;
import io.membership.contract.WorkspaceEvent;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The invitation's link was rotated: {@code attempt} went up by one, only this attempt's link works, the new expiry is
 * {@code expiresAt}; notification-service emails it again. The seat reservation is unchanged. {@code resentBy} is the
 * account that asked; the other fields are those of {@link InvitationSent}, so the email can be written from this alone.
 */
public record InvitationResent(UUID invitationId, UUID workspaceId, UUID memberId, String email, Set<Role> roles,
                               int attempt, Instant expiresAt, String workspaceName, UUID resentBy,
                               String locale) implements WorkspaceEvent {
}
