package io.membership.contract.invitation;

import io.membership.contract.Role;

import java.util.Set;
import java.util.UUID;

/** {@code locale} is the invitee's language for the email (en, fr, de, da); null means the workspace default. */
public record InviteMember(UUID invitationId, UUID workspaceId, String email, Set<Role> roles, String locale,
                           UUID invitedBy) implements InvitationCommand {
}
