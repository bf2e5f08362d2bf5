package io.membership.contract.membership;

import io.membership.contract.Event;

import java.util.UUID;

public interface AccountEvent extends Event {
    UUID accountId();

    @Override
    default String partitionKey() {
        return accountId().toString();
    }
}
