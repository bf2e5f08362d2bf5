package io.membership.gateway.pages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * CSRF tokens on the pages' forms (Spring Security's double-submit cookie; Thymeleaf writes the hidden field into
 * every {@code th:action} form). Only the pages: the proxied REST APIs take Bearer tokens, not cookies, and the
 * services authorize them. Nothing else of Spring Security is used here: no log-in, no HTTP session, no headers
 * (PageHeaders sets the pages' own).
 */
@Configuration
@EnableWebSecurity
public class PageSecurity {

    /** The gateway's own pages; everything else passes through untouched to the routes. */
    static final String[] PAGES = {"/", "/join/**", "/login", "/logout", "/welcome"};

    @Bean
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName("mw_csrf");
        tokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax").path("/"));
        return http.securityMatcher(PAGES)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(tokens))
                .addFilterAfter(new TokenBeforeRendering(), CsrfFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> {
                    // a form without its token (opened before a restart, or posted from elsewhere): show it afresh
                    PageHeaders.apply(response);
                    String uri = request.getRequestURI();
                    response.sendRedirect(uri.startsWith("/join/") ? uri.replaceFirst("/accept$", "") : "/login");
                }))
                .build();
    }

    /**
     * The token is made lazily and its cookie set when it is first read; read it before the view renders, while
     * the response can still take a header.
     */
    private static final class TokenBeforeRendering extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }
}
