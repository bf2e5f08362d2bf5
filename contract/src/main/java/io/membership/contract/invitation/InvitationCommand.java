package io.membership.contract.invitation;

import io.membership.contract.Command;

import java.util.UUID;

public interface InvitationCommand extends Command {
    UUID invitationId();

    @Override
    default String targetAggregateId() {
        return invitationId().toString();
    }
}
