package io.membership.membershipservice.workspace.command;

import io.membership.contract.Products;
import io.membership.contract.membership.CreateWorkspace;
import io.membership.membershipservice.common.EmailAddress;

import java.util.Map;
import java.util.Optional;

/** The shape of a valid workspace, checked at the edge (400) and again by the aggregate. */
public final class WorkspaceRules {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_SEATS_PER_PRODUCT = 100_000;

    private WorkspaceRules() {
    }

    /** The aggregate's own check: the edge has already answered 400 for anything that fails here. */
    static void check(CreateWorkspace command) {
        nameProblem(command.name()).or(() -> seatCapacityProblem(command.seatCapacity())).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        if (command.ownerAccountId() == null || EmailAddress.parse(command.ownerEmail()).isEmpty()) {
            throw new IllegalArgumentException("a workspace needs an owner account with a valid email address");
        }
    }

    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("name is required");
        }
        String trimmed = name.trim();
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_NAME_LENGTH) {
            return Optional.of("name must have at most " + MAX_NAME_LENGTH + " characters");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("name must not contain control characters");
        }
        return Optional.empty();
    }

    public static Optional<String> seatCapacityProblem(Map<String, Integer> seats) {
        if (seats == null || !seats.containsKey(Products.WORKSPACE)) {
            return Optional.of("seats must name the capacity of the '" + Products.WORKSPACE + "' product");
        }
        for (Map.Entry<String, Integer> pool : seats.entrySet()) {
            if (!Products.isValidName(pool.getKey())) {
                return Optional.of("'" + abbreviate(pool.getKey()) + "' is not a product name");
            }
            Integer capacity = pool.getValue();
            if (capacity == null || capacity < 0 || capacity > MAX_SEATS_PER_PRODUCT) {
                return Optional.of("seats of '" + pool.getKey() + "' must be between 0 and " + MAX_SEATS_PER_PRODUCT);
            }
        }
        if (seats.get(Products.WORKSPACE) < 1) {
            return Optional.of("'" + Products.WORKSPACE + "' needs at least one seat: the owner holds one");
        }
        return Optional.empty();
    }

    /** A capacity a product's pool can be set to; the workspace pool keeps at least the owner's seat. */
    public static Optional<String> capacityProblem(String product, int capacity) {
        if (!Products.isValidName(product)) {
            return Optional.of("'" + abbreviate(product) + "' is not a product name");
        }
        if (capacity < 0 || capacity > MAX_SEATS_PER_PRODUCT) {
            return Optional.of("seats of '" + product + "' must be between 0 and " + MAX_SEATS_PER_PRODUCT);
        }
        if (Products.WORKSPACE.equals(product) && capacity < 1) {
            return Optional.of("'" + Products.WORKSPACE + "' needs at least one seat: the owner holds one");
        }
        return Optional.empty();
    }

    private static String abbreviate(String value) {
        return value == null ? "null" : value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
