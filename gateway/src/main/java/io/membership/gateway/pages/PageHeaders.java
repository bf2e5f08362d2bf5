package io.membership.gateway.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.net.URI;

/**
 * What every page answers with: nothing cached, no referrer (an invitation page's address must never travel to
 * another site), nothing framed, scripts and styles only from this origin. A form post from another origin is
 * refused before it reaches a controller.
 */
public class PageHeaders implements HandlerInterceptor {

    public static void apply(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; "
                + "script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        apply(response);
        if ("POST".equals(request.getMethod()) && !sameOrigin(request)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return false;
        }
        return true;
    }

    /**
     * Browsers send {@code Origin: null} on a form post from a page with {@code Referrer-Policy: no-referrer}, so
     * the fetch metadata they also send decides first; an explicit Origin is compared with the host; a client that
     * sends neither is not a browser, and cross-site request forgery needs one.
     */
    private static boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return "same-origin".equals(site) || "none".equals(site);
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String host = request.getHeader("X-Forwarded-Host") != null ? request.getHeader("X-Forwarded-Host")
                : request.getHeader("Host");
        try {
            return host != null && host.equalsIgnoreCase(URI.create(origin).getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
