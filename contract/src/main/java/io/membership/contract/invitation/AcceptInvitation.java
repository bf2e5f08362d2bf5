package io.membership.contract.invitation;

import java.util.UUID;

/** Carries the link token to the aggregate for verification; it is never part of an event or a log line. */
public record AcceptInvitation(UUID invitationId, String token, UUID accountId, String accountEmail)
        implements InvitationCommand {
    @Override
    public String toString() {
        return "AcceptInvitation[invitationId=" + invitationId + ", accountId=" + accountId + ", token=<redacted>]";
    }
}
