package io.membership.contract.membership;

import java.util.Map;
import java.util.UUID;

public record CreateWorkspace(UUID workspaceId, String name, UUID ownerAccountId, String ownerEmail,
                              Map<String, Integer> seatCapacity, String defaultLocale) implements WorkspaceCommand {
}
