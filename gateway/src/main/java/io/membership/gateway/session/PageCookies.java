package io.membership.gateway.session;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseCookie;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * The two cookies of the pages, both HttpOnly (no script reads them) and SameSite=Lax (sent on the click from a mail
 * client, not on another site's form post). The invitation token lives only under its own /join/{id} path, so no other
 * page and no outgoing request carries it.
 */
public final class PageCookies {

    public static final String SESSION = "mw_session";
    public static final String INVITATION = "mw_invitation";
    private static final Duration INVITATION_LIFETIME = Duration.ofDays(30);

    public static ResponseCookie session(String jwt, Duration lifetime, HttpServletRequest request) {
        return cookie(SESSION, jwt, "/", lifetime, request);
    }

    public static ResponseCookie endSession(HttpServletRequest request) {
        return cookie(SESSION, "", "/", Duration.ZERO, request);
    }

    public static ResponseCookie invitation(UUID invitationId, String token, HttpServletRequest request) {
        return cookie(INVITATION, token, invitationPath(invitationId), INVITATION_LIFETIME, request);
    }

    public static ResponseCookie forgetInvitation(UUID invitationId, HttpServletRequest request) {
        return cookie(INVITATION, "", invitationPath(invitationId), Duration.ZERO, request);
    }

    public static Optional<String> read(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> cookie.getName().equals(name) && !cookie.getValue().isEmpty())
                .map(Cookie::getValue)
                .findFirst();
    }

    private static String invitationPath(UUID invitationId) {
        return "/join/" + invitationId;
    }

    private static ResponseCookie cookie(String name, String value, String path, Duration lifetime,
                                         HttpServletRequest request) {
        return ResponseCookie.from(name, value)
                .path(path)
                .httpOnly(true)
                .secure(request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")))
                .sameSite("Lax")
                .maxAge(lifetime)
                .build();
    }

    private PageCookies() {
    }
}
