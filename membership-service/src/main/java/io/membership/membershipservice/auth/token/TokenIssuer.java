package io.membership.membershipservice.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.membership.membershipservice.auth.keys.SigningKeys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** Signs RS256 access tokens: subject = account id, claim {@code email}, the configured issuer, a key id header. */
public class TokenIssuer {

    private final SigningKeys keys;
    private final String issuer;
    private final Duration lifetime;
    private final Clock clock;

    public TokenIssuer(SigningKeys keys, String issuer, Duration lifetime, Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public AccessToken issue(UUID accountId, String email) {
        RSAKey key = keys.signingKey();
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(accountId.toString())
                .issuer(issuer)
                .claim("email", email)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
        return new AccessToken(jwt.serialize(), lifetime.toSeconds());
    }
}
