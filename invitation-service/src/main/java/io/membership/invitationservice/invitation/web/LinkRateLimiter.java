package io.membership.invitationservice.invitation.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits link previews and accepts per client address (fixed one-minute windows), so the public, token-authorized
 * paths cannot be hammered. Per instance: a gateway in front should do the same across instances.
 */
public class LinkRateLimiter extends OncePerRequestFilter {

    private static final long WINDOW_MILLIS = 60_000;
    private static final int MAX_TRACKED_CLIENTS = 10_000;

    private record Window(long start, int count) {
    }

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public LinkRateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = clock.millis();
        long windowStart = now - now % WINDOW_MILLIS;
        if (windows.size() > MAX_TRACKED_CLIENTS) {
            windows.values().removeIf(w -> w.start() < windowStart);
        }
        Window window = windows.merge(request.getRemoteAddr(), new Window(windowStart, 1),
                (old, fresh) -> old.start() == windowStart ? new Window(windowStart, old.count() + 1) : fresh);
        if (window.count() > perMinute) {
            refuse(response, (windowStart + WINDOW_MILLIS - now) / 1000 + 1);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, long retryAfterSeconds) throws IOException {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"https://membership.example/problems/too-many-requests\","
                + "\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"too many invitation link requests; try again in a minute\","
                + "\"code\":\"too-many-requests\"}");
    }
}
