package io.membership.membershipservice.account.credentials;

import java.util.Optional;

/** What a new password must satisfy. Length counts characters as a person sees them (code points). */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static Optional<String> problem(String password, String email) {
        if (password == null || password.isBlank()) {
            return Optional.of("password is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password must have at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password must have at most " + MAX_LENGTH + " characters");
        }
        if (email != null && password.trim().equalsIgnoreCase(email.trim())) {
            return Optional.of("password must not be the email address");
        }
        return Optional.empty();
    }
}
