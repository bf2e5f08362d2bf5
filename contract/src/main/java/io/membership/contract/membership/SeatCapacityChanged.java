package io.membership.contract.membership;

import io.membership.contract.WorkspaceEvent;

import java.util.UUID;

/** Purchased seats of {@code product} went from {@code previous} to {@code capacity} (never below the seats held). */
public record SeatCapacityChanged(UUID workspaceId, String product, int previous, int capacity)
        implements WorkspaceEvent {
}
