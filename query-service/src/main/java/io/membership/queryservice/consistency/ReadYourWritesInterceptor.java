package io.membership.queryservice.consistency;

import io.membership.platform.errors.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

import java.time.Duration;
import java.util.Map;

/**
 * A query that names a write ({@code ?after=<token>}) is answered only once the read models include it: the request
 * waits up to the configured bound, then is refused with 503 (code {@code not-yet-consistent}, Retry-After) rather
 * than answered with data that lacks the caller's own write. An answer that waited carries
 * {@code X-Consistency: caught-up}.
 */
public class ReadYourWritesInterceptor implements HandlerInterceptor {

    public static final String PARAMETER = "after";
    public static final String HEADER = "X-Consistency";

    private final AppliedPositions positions;
    private final Duration timeout;

    public ReadYourWritesInterceptor(AppliedPositions positions, Duration timeout) {
        this.positions = positions;
        this.timeout = timeout;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        String after = request.getParameter(PARAMETER);
        if (after == null || after.isBlank()) {
            return true;
        }
        Map<String, Long> wanted = ConsistencyToken.parse(after);
        if (!positions.awaitReached(wanted, timeout)) {
            response.setHeader("Retry-After", "1");
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "not-yet-consistent",
                    "the read models have not applied that write yet; retry shortly");
        }
        response.setHeader(HEADER, "caught-up");
        return true;
    }
}
