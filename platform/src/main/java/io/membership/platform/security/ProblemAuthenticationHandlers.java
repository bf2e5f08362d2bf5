package io.membership.platform.security;

import io.membership.platform.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 from the security filters, as Problem Details like every other refusal. */
final class ProblemAuthenticationHandlers {

    static AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "a valid bearer token is required");
        };
    }

    static AccessDeniedHandler accessDenied() {
        return (request, response, e) -> ProblemResponses.write(response, HttpStatus.FORBIDDEN, "forbidden", "access denied");
    }

    private ProblemAuthenticationHandlers() {
    }
}
