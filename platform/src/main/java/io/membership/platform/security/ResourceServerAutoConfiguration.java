package io.membership.platform.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.List;

/**
 * Every service is an OAuth2 resource server: a Bearer JWT (RS256, checked against the JWKS of
 * {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} and the configured issuer) on every endpoint but
 * those listed in {@code membership.security.public-paths}, written as {@code METHOD /path/pattern}.
 */
@AutoConfiguration(before = {org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration.class,
        org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication
public class ResourceServerAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public SecurityFilterChain securityFilterChain(HttpSecurity http,
                                                   @Value("${membership.security.public-paths:}") List<String> publicPaths)
            throws Exception {
        RequestMatcher[] open = publicPaths.stream()
                .filter(p -> !p.isBlank())
                .map(ResourceServerAutoConfiguration::matcher)
                .toArray(RequestMatcher[]::new);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus",
                            "/actuator/info", "/error").permitAll();
                    if (open.length > 0) {
                        auth.requestMatchers(open).permitAll();
                    }
                    auth.anyRequest().authenticated();
                })
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> { })
                        .authenticationEntryPoint(ProblemAuthenticationHandlers.entryPoint())
                        .accessDeniedHandler(ProblemAuthenticationHandlers.accessDenied()))
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemAuthenticationHandlers.entryPoint())
                        .accessDeniedHandler(ProblemAuthenticationHandlers.accessDenied()));
        return http.build();
    }

    private static RequestMatcher matcher(String spec) {
        String[] parts = spec.trim().split("\\s+", 2);
        if (parts.length == 2) {
            return AntPathRequestMatcher.antMatcher(HttpMethod.valueOf(parts[0]), parts[1]);
        }
        return AntPathRequestMatcher.antMatcher(parts[0]);
    }
}
