package io.membership.invitationservice.invitation.web;

import io.membership.platform.ratelimit.RateLimit;
import io.membership.platform.ratelimit.RateLimiter;
import io.membership.platform.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Limits link previews and accepts per client address, counted across all instances, so the public,
 * token-authorized paths cannot be hammered. Not per invitation: anyone who knows an invitation id could then lock
 * its invitee out, while a wrong token is refused anyway and guessing one is hopeless (decision 003).
 */
public class LinkRateLimiter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final RateLimit perAddress;

    public LinkRateLimiter(RateLimiter limiter, int perMinute) {
        this.limiter = limiter;
        this.perAddress = new RateLimit("link-address", perMinute, Duration.ofMinutes(1));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = limiter.take(perAddress, request.getRemoteAddr());
        if (wait.isPresent()) {
            refuse(response, wait.get());
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, Duration retryAfter) throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
        ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                "too many invitation link requests from this address; try again later");
    }
}
