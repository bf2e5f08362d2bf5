package io.membership.contract;

/** Every command names the aggregate instance it targets, so the contract needs no framework annotation. */
public interface Command {
    String targetAggregateId();
}
