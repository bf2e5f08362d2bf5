package io.membership.contract.membership;

import java.util.UUID;

/** A person can now log in. Credentials are kept outside the event store and never appear here. */
public record AccountRegistered(UUID accountId, String email, String locale) implements AccountEvent {
}
