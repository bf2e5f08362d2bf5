package io.membership.queryservice.access;

/** The answer to "may this account do that here?": {@code rule} is the catalogue rule (or check) that decided. */
public record AccessDecision(String permission, boolean allowed, String rule, String reason) {

    static AccessDecision allow(String permission, String rule, String reason) {
        return new AccessDecision(permission, true, rule, reason);
    }

    static AccessDecision deny(String permission, String rule, String reason) {
        return new AccessDecision(permission, false, rule, reason);
    }
}
