package io.membership.membershipservice.workspace.command;

import java.util.UUID;

/** Where new member ids come from; injected into command handlers so tests can name them in advance. */
@FunctionalInterface
public interface MemberIdGenerator {

    UUID next();

    static MemberIdGenerator random() {
        return UUID::randomUUID;
    }
}
