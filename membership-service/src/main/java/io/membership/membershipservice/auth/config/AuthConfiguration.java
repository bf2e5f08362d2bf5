package io.membership.membershipservice.auth.config;

import com.mongodb.client.MongoClient;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.membership.membershipservice.auth.keys.KeyRefreshSchedule;
import io.membership.membershipservice.auth.keys.KeySealing;
import io.membership.membershipservice.auth.keys.SigningKeys;
import io.membership.membershipservice.auth.token.LoginThrottle;
import io.membership.membershipservice.auth.token.TokenIssuer;
import io.membership.platform.ratelimit.RateLimiter;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.time.Clock;

/**
 * This service issues the tokens and is a resource server for them too: it verifies with its own public key
 * (no HTTP round trip to its own JWKS) and still checks signature, issuer and expiry.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
@EnableScheduling
class AuthConfiguration {

    @Bean
    SigningKeys signingKeys(MongoClient client, MongoProperties mongo, SecuritySettings settings) {
        return new SigningKeys(client.getDatabase(mongo.getMongoClientDatabase()),
                new KeySealing(settings.keyEncryptionSecret()), settings.keyRotation(), Clock.systemUTC());
    }

    @Bean
    KeyRefreshSchedule keyRefreshSchedule(SigningKeys keys) {
        return new KeyRefreshSchedule(keys);
    }

    @Bean
    TokenIssuer tokenIssuer(SigningKeys keys, SecuritySettings settings) {
        return new TokenIssuer(keys, settings.issuer(), settings.tokenLifetime(), Clock.systemUTC());
    }

    @Bean
    LoginThrottle loginThrottle(RateLimiter limiter, SecuritySettings settings) {
        return new LoginThrottle(limiter, settings.maxLoginFailures(), settings.maxLoginFailuresPerAddress(),
                settings.loginFailureWindow());
    }

    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, SecuritySettings settings) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                (selector, context) -> selector.select(keys.publicKeys())));
        // Spring's validators below check the claims; Nimbus's own claim checks would only duplicate them.
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(settings.issuer()));
        return decoder;
    }
}
