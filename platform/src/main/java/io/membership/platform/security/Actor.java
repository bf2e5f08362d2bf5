package io.membership.platform.security;

import io.membership.platform.errors.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.UUID;

/** The authenticated caller: the account id is the JWT subject, the email its {@code email} claim. */
public record Actor(UUID accountId, String email) {

    public static Actor from(Jwt jwt) {
        if (jwt == null) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated", "authentication required");
        }
        try {
            return new Actor(UUID.fromString(jwt.getSubject()), jwt.getClaimAsString("email"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "invalid-token", "token subject is not an account");
        }
    }

    public String id() {
        return accountId.toString();
    }
}
