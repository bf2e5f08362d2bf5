package io.membership.membershipservice.auth.token;

import io.membership.platform.errors.ApiException;
import io.membership.platform.ratelimit.RateLimit;
import io.membership.platform.ratelimit.RateLimiter;

import java.time.Duration;
import java.util.Optional;

/**
 * Bounds password guessing per email address (known or not) and per client address, across all instances. An
 * attempt takes from both buckets before the password is checked, so parallel guesses are counted too; a success
 * clears the email's failures and gives the client address its attempt back, so only failures add up.
 */
public class LoginThrottle {

    private final RateLimiter limiter;
    private final RateLimit perEmail;
    private final RateLimit perAddress;

    public LoginThrottle(RateLimiter limiter, int failuresPerEmail, int failuresPerAddress, Duration window) {
        this.limiter = limiter;
        this.perEmail = new RateLimit("login-email", failuresPerEmail, window);
        this.perAddress = new RateLimit("login-address", failuresPerAddress, window);
    }

    /** Counts an attempt, or refuses it with 429 and Retry-After. */
    public void attempt(String email, String clientAddress) {
        Optional<Duration> addressWait = limiter.check(perAddress, clientAddress);
        if (addressWait.isPresent()) {
            throw tooMany("too many failed log-ins from this address; try again later", addressWait.get());
        }
        Optional<Duration> emailWait = limiter.take(perEmail, email);
        if (emailWait.isPresent()) {
            throw tooMany("too many failed log-ins for this email; try again later", emailWait.get());
        }
        limiter.take(perAddress, clientAddress).ifPresent(wait -> {
            throw tooMany("too many failed log-ins from this address; try again later", wait);
        });
    }

    public void succeeded(String email, String clientAddress) {
        limiter.reset(perEmail, email);
        limiter.giveBack(perAddress, clientAddress);
    }

    private static ApiException tooMany(String detail, Duration retryAfter) {
        return ApiException.tooManyRequests("too-many-attempts", detail, retryAfter);
    }
}
