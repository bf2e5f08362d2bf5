package io.membership.membershipservice.auth.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/** {@code membership.security.*}: who issues the tokens, how long they live, how many failed log-ins are allowed. */
@ConfigurationProperties("membership.security")
public record SecuritySettings(String issuer, Duration tokenLifetime, int maxLoginFailures, Duration loginFailureWindow) {
    public SecuritySettings {
        issuer = issuer == null || issuer.isBlank() ? "http://localhost:8081" : issuer;
        tokenLifetime = tokenLifetime == null ? Duration.ofHours(1) : tokenLifetime;
        maxLoginFailures = maxLoginFailures <= 0 ? 5 : maxLoginFailures;
        loginFailureWindow = loginFailureWindow == null ? Duration.ofMinutes(15) : loginFailureWindow;
    }
}
