package io.membership.invitationservice.expiry;

import java.util.UUID;

/** Asks the invitation to expire; returns normally when there is nothing (more) to do for it. */
@FunctionalInterface
public interface InvitationExpirer {
    void expire(UUID invitationId);
}
