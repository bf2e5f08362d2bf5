package io.membership.contract.membership;

import io.membership.contract.Role;
import io.membership.contract.WorkspaceEvent;

import java.util.Set;
import java.util.UUID;

/** The member accepted its invitation: ACTIVE and Confirmed, linked to an account. */
public record MemberJoined(UUID workspaceId, UUID memberId, UUID invitationId, UUID accountId, String email,
                           Set<Role> roles) implements WorkspaceEvent {
}
