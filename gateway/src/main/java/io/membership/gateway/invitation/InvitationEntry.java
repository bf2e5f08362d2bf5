package io.membership.gateway.invitation;

import io.membership.gateway.session.PageCookies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import java.net.URI;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.springframework.web.servlet.function.RequestPredicates.GET;

/**
 * The emailed link, {@code /invitations/{id}?token=…}, opened by a browser: the token moves into a cookie of the
 * invitation's own page and the browser goes on to {@code /join/{id}}, so the token leaves the address bar and the
 * history at once. API clients (which do not ask for HTML) reach invitation-service's preview on the same path.
 */
@Configuration
public class InvitationEntry {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    @Bean
    @Order(0)
    RouterFunction<ServerResponse> invitationLinkPage() {
        return RouterFunctions.route(GET("/invitations/{invitationId}").and(asksForAPage()), InvitationEntry::open);
    }

    /** A browser navigating names text/html itself; an API client asks for JSON, for anything or for nothing. */
    static RequestPredicate asksForAPage() {
        return request -> request.headers().accept().stream()
                .anyMatch(type -> type.getType().equals("text") && type.getSubtype().equals("html"));
    }

    private static ServerResponse open(ServerRequest request) {
        UUID invitationId = parse(request.pathVariable("invitationId"));
        String token = request.param("token").filter(t -> TOKEN.matcher(t).matches()).orElse(null);
        ServerResponse.BodyBuilder response = ServerResponse.seeOther(URI.create(
                invitationId == null ? "/join/not-valid" : "/join/" + invitationId));
        if (invitationId != null && token != null) {
            response.header(HttpHeaders.SET_COOKIE,
                    PageCookies.invitation(invitationId, token, request.servletRequest()).toString());
        }
        return response.headers(headers -> {
            headers.setCacheControl("no-store");
            headers.set("Referrer-Policy", "no-referrer");
        }).contentType(MediaType.TEXT_HTML).build();
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
