package io.membership.contract.membership;

import java.util.UUID;

public record CurrentWorkspaceSwitched(UUID accountId, UUID workspaceId) implements AccountEvent {
}
