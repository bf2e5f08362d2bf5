package io.membership.membershipservice.auth.keys;

import java.time.Duration;

/**
 * When signing keys change: a new key is made every {@code rotateEvery}, published {@code publishAhead} before it
 * signs (longer than verifiers cache the JWKS), and an old key stays published {@code keepAfterRetired} after its
 * successor took over (at least the token lifetime), then it is deleted.
 */
public record KeyRotation(Duration rotateEvery, Duration publishAhead, Duration keepAfterRetired) {
}
