package io.membership.membershipservice.account.credentials;

import java.util.UUID;

/** How an account logs in. Never logged or published: {@link #toString()} leaves the hash out. */
public record Credential(UUID accountId, String email, String passwordHash) {
    @Override
    public String toString() {
        return "Credential[accountId=" + accountId + ", email=" + email + "]";
    }
}
