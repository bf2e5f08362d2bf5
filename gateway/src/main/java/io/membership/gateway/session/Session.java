package io.membership.gateway.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The person logged in to the pages: the access token membership-service issued, kept in the session cookie. The
 * gateway reads its email and expiry only to word the page; every service it is sent to verifies it.
 */
public record Session(String accessToken, String email, Instant expiresAt) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static Optional<Session> of(HttpServletRequest request) {
        return PageCookies.read(request, PageCookies.SESSION).flatMap(Session::parse)
                .filter(session -> session.expiresAt().isAfter(Instant.now()));
    }

    static Optional<Session> parse(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            String email = claims.path("email").asText(null);
            long exp = claims.path("exp").asLong(0);
            return email == null || exp == 0 ? Optional.empty()
                    : Optional.of(new Session(jwt, email, Instant.ofEpochSecond(exp)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean isFor(String otherEmail) {
        return otherEmail != null && email.trim().equalsIgnoreCase(otherEmail.trim());
    }

    @Override
    public String toString() {
        return "Session[email=" + email + ", expiresAt=" + expiresAt + "]";
    }
}
