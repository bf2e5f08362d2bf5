package io.membership.contract.membership;

import io.membership.contract.WorkspaceEvent;

import java.util.Map;
import java.util.UUID;

/** The creator becomes the owner: an ACTIVE member holding a workspace seat. */
public record WorkspaceCreated(UUID workspaceId, String name, UUID ownerAccountId, UUID ownerMemberId, String ownerEmail,
                               Map<String, Integer> seatCapacity, String defaultLocale) implements WorkspaceEvent {
}
