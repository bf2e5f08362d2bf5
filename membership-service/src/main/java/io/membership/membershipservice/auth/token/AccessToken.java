package io.membership.membershipservice.auth.token;

/** A signed access token and its lifetime in seconds; {@link #toString()} never shows the token. */
public record AccessToken(String value, long expiresInSeconds) {
    @Override
    public String toString() {
        return "AccessToken[expiresIn=" + expiresInSeconds + "s]";
    }
}
