package io.membership.contract.membership;

import io.membership.contract.WorkspaceEvent;

import java.util.UUID;

/**
 * The workspace has a new owner: {@code to} (an ACTIVE admin) now holds OWNER instead of ADMIN, {@code from} holds
 * ADMIN instead of OWNER. Both role sets change in this one event, so there is never zero or two owners.
 */
public record OwnershipTransferred(UUID workspaceId, UUID fromMemberId, UUID fromAccountId, String fromEmail,
                                   UUID toMemberId, UUID toAccountId, String toEmail) implements WorkspaceEvent {
}
