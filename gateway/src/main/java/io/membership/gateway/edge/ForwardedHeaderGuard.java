package io.membership.gateway.edge;

import io.membership.gateway.config.GatewaySettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The gateway is the edge: what a client claims about its own address is dropped before routing, unless it
 * connects from a configured proxy. The services trust X-Forwarded-For from the gateway (their rate limits count per
 * client address), so a forged header must never get through.
 */
public class ForwardedHeaderGuard extends OncePerRequestFilter {

    private static final Set<String> CLAIMS = Set.of("x-forwarded-for", "x-forwarded-host", "x-forwarded-port",
            "x-forwarded-proto", "x-forwarded-prefix", "forwarded", "x-real-ip");

    private final GatewaySettings settings;

    public ForwardedHeaderGuard(GatewaySettings settings) {
        this.settings = settings;
    }

    /** The client's address chain as the services should see it: the trusted proxy's claim, then the peer. */
    public static String clientChain(HttpServletRequest request, GatewaySettings settings) {
        String peer = request.getRemoteAddr();
        String claimed = request.getHeader("X-Forwarded-For");
        return settings.trustsProxy(peer) && claimed != null && !claimed.isBlank() ? claimed + ", " + peer : peer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(settings.trustsProxy(request.getRemoteAddr()) ? request : new WithoutClaims(request),
                response);
    }

    private static final class WithoutClaims extends HttpServletRequestWrapper {

        WithoutClaims(HttpServletRequest request) {
            super(request);
        }

        private static boolean claim(String name) {
            return name != null && CLAIMS.contains(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String getHeader(String name) {
            return claim(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return claim(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames()).stream().filter(n -> !claim(n)).toList();
            return Collections.enumeration(names);
        }
    }
}
