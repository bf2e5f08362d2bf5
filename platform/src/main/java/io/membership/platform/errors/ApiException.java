package io.membership.platform.errors;

import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A refusal with its HTTP status and a stable machine-readable {@code code}. The message is shown to the client, so
 * it must never contain a secret.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Duration retryAfter;
    private final Map<String, String> extensions;

    public ApiException(HttpStatus status, String code, String message) {
        this(status, code, message, null, Map.of());
    }

    private ApiException(HttpStatus status, String code, String message, Duration retryAfter,
                         Map<String, String> extensions) {
        super(message);
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
        this.extensions = extensions;
    }

    /** The same refusal with one more Problem Details extension member (never a secret: it is shown as it is). */
    public ApiException with(String member, String value) {
        Map<String, String> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new ApiException(status, code, getMessage(), retryAfter, Map.copyOf(more));
    }

    public Map<String, String> extensions() {
        return extensions;
    }

    /** 429, with the wait the client should respect, answered as a Retry-After header. */
    public static ApiException tooManyRequests(String code, String message, Duration retryAfter) {
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, code, message, retryAfter, Map.of());
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", what + " not found");
    }

    public static ApiException forbidden(String message) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", message);
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, code, message);
    }

    public static ApiException conflict(String code, String message) {
        return new ApiException(HttpStatus.CONFLICT, code, message);
    }
}
