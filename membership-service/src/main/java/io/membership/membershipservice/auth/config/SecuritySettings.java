package io.membership.membershipservice.auth.config;

import io.membership.membershipservice.auth.keys.KeyRotation;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code membership.security.*}: who issues the tokens, how long they live, how many failed log-ins are allowed per
 * email and per client address, and how the signing keys rotate.
 */
@ConfigurationProperties("membership.security")
public record SecuritySettings(String issuer, Duration tokenLifetime, int maxLoginFailures,
                               int maxLoginFailuresPerAddress, Duration loginFailureWindow,
                               String keyEncryptionSecret, Duration keyRotationPeriod, Duration keyPublishAhead) {

    /** Verifiers may see a token a little after it expired by their clock; keep its key that much longer. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    public SecuritySettings {
        issuer = issuer == null || issuer.isBlank() ? "http://localhost:8081" : issuer;
        tokenLifetime = tokenLifetime == null ? Duration.ofHours(1) : tokenLifetime;
        maxLoginFailures = maxLoginFailures <= 0 ? 5 : maxLoginFailures;
        maxLoginFailuresPerAddress = maxLoginFailuresPerAddress <= 0 ? 50 : maxLoginFailuresPerAddress;
        loginFailureWindow = loginFailureWindow == null ? Duration.ofMinutes(15) : loginFailureWindow;
        keyRotationPeriod = keyRotationPeriod == null ? Duration.ofDays(30) : keyRotationPeriod;
        keyPublishAhead = keyPublishAhead == null ? Duration.ofMinutes(10) : keyPublishAhead;
    }

    public KeyRotation keyRotation() {
        return new KeyRotation(keyRotationPeriod, keyPublishAhead, tokenLifetime.plus(CLOCK_SKEW));
    }
}
