package io.membership.invitationservice.invitation.command;

import java.util.Optional;
import java.util.UUID;

/** What the invitation needs to know about its workspace when the seat is confirmed. */
@FunctionalInterface
public interface WorkspaceDefaults {
    Optional<String> defaultLocaleOf(UUID workspaceId);
}
