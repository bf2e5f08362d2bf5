package io.membership.membershipservice.workspace.command;

import io.membership.contract.membership.WorkspaceCommand;

import java.util.UUID;

/** Internal, emits nothing: answers the workspace's name when the account is an ACTIVE member there. */
public record ConfirmActiveMember(UUID workspaceId, UUID accountId) implements WorkspaceCommand {
}
