package io.membership.membershipservice.auth.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;
import io.membership.membershipservice.auth.keys.KeyRotation;
import io.membership.membershipservice.auth.keys.KeySealing;
import io.membership.membershipservice.auth.keys.SigningKeys;
import io.membership.membershipservice.auth.token.TokenIssuer;
import io.membership.membershipservice.support.MembershipIntegrationTest;
import io.membership.membershipservice.support.TestAccounts;
import io.membership.membershipservice.support.TestAccounts.LoggedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static io.membership.membershipservice.support.TestAccounts.PASSWORD;
import static io.membership.membershipservice.support.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

class TokenIntegrationTest extends MembershipIntegrationTest {

    private static final Map<String, Object> WORKSPACE = Map.of("name", "Acme", "seats", Map.of("workspace", 2));

    @Autowired
    private SigningKeys signingKeys;

    @Value("${membership.security.issuer}")
    private String issuer;

    @Test
    void issuesASignedTokenForTheAccount() throws Exception {
        String email = uniqueEmail("ann");
        LoggedIn ann = accounts().registerAndLogIn(email);

        ResponseEntity<JsonNode> response = logIn(email.toUpperCase(), PASSWORD);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getCacheControl()).contains("no-store");
        assertThat(response.getBody().path("tokenType").asText()).isEqualTo("Bearer");
        assertThat(response.getBody().path("expiresIn").asLong()).isEqualTo(3600);
        SignedJWT jwt = SignedJWT.parse(response.getBody().path("accessToken").asText());
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(signingKeys.signingKey().getKeyID());
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(ann.accountId().toString());
        assertThat(jwt.getJWTClaimsSet().getStringClaim("email")).isEqualTo(email.toLowerCase());
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(issuer);
        assertThat(jwt.getJWTClaimsSet().getExpirationTime()).isAfter(Instant.now().plus(Duration.ofMinutes(59)));
    }

    @Test
    void answersWrongCredentialsAlikeWhetherTheEmailExistsOrNot() {
        String email = uniqueEmail("bob");
        accounts().registerAndLogIn(email);

        ResponseEntity<JsonNode> wrongPassword = logIn(email, "not the password at all");
        ResponseEntity<JsonNode> unknownEmail = logIn(uniqueEmail("nobody"), PASSWORD);

        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(unknownEmail.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String field : new String[]{"type", "title", "status", "detail", "code"}) {
            assertThat(wrongPassword.getBody().path(field)).isEqualTo(unknownEmail.getBody().path(field));
        }
        assertThat(wrongPassword.getBody().path("code").asText()).isEqualTo("invalid-credentials");
    }

    @Test
    void throttlesRepeatedFailuresForOneEmail() {
        String email = uniqueEmail("carol");
        accounts().registerAndLogIn(email);
        for (int i = 0; i < 5; i++) {
            assertThat(logIn(email, "wrong password " + i).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        ResponseEntity<JsonNode> blocked = logIn(email, PASSWORD);

        assertThat(blocked.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(blocked.getBody().path("code").asText()).isEqualTo("too-many-attempts");
    }

    @Test
    void throttlesFailuresFromOneClientAddressWhateverTheEmail() {
        String email = uniqueEmail("dora");
        accounts().registerAndLogIn(email);
        String stuffer = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        for (int i = 0; i < 12; i++) {
            assertThat(logInFrom(stuffer, uniqueEmail("guess" + i), PASSWORD).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        ResponseEntity<JsonNode> blocked = logInFrom(stuffer, email, PASSWORD);

        assertThat(blocked.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(blocked.getHeaders().getFirst("Retry-After")).matches("[1-9][0-9]*");
        assertThat(logInFrom("198.51.100.7", email, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void successfulLogInsFromOneAddressDoNotAddUp() {
        String email = uniqueEmail("erin");
        accounts().registerAndLogIn(email);
        for (int i = 0; i < 20; i++) {
            assertThat(logInFrom("192.0.2.44", email, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void publishesOnlyThePublicKeys() {
        ResponseEntity<JsonNode> jwks = http.getForEntity("/.well-known/jwks.json", JsonNode.class);

        assertThat(jwks.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jwks.getBody().path("keys").findValuesAsText("kid")).contains(signingKeys.signingKey().getKeyID());
        for (JsonNode key : jwks.getBody().path("keys")) {
            assertThat(key.path("kty").asText()).isEqualTo("RSA");
            assertThat(key.path("alg").asText()).isEqualTo("RS256");
            assertThat(key.has("n")).isTrue();
            for (String secret : new String[]{"d", "p", "q", "dp", "dq", "qi"}) {
                assertThat(key.has(secret)).as(secret).isFalse();
            }
        }
    }

    @Test
    void aRotationPublishesTheNextKeyAndKeepsEarlierTokensValid() {
        LoggedIn fay = accounts().registerAndLogIn(uniqueEmail("fay"));
        int before = http.getForEntity("/.well-known/jwks.json", JsonNode.class).getBody().path("keys").size();

        signingKeys.rotate();

        JsonNode keys = http.getForEntity("/.well-known/jwks.json", JsonNode.class).getBody().path("keys");
        assertThat(keys.size()).isEqualTo(before + 1);
        assertThat(createWorkspace(fay.token()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void theSigningKeySurvivesARestart() {
        SigningKeys afterRestart = new SigningKeys(database(), new KeySealing(KEY_SECRET),
                new KeyRotation(Duration.ofDays(30), Duration.ofMinutes(10), Duration.ofHours(1)), Clock.systemUTC());
        assertThat(afterRestart.signingKey().getKeyID()).isEqualTo(signingKeys.signingKey().getKeyID());
        assertThat(afterRestart.signingKey().getModulus()).isEqualTo(signingKeys.signingKey().getModulus());
    }

    @Test
    void acceptsItsOwnTokensAndRefusesMissingTamperedExpiredOrForeignOnes() {
        LoggedIn dan = accounts().registerAndLogIn(uniqueEmail("dan"));
        Clock twoHoursAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
        String expired = new TokenIssuer(signingKeys, issuer, Duration.ofHours(1), twoHoursAgo)
                .issue(dan.accountId(), dan.email()).value();
        String foreign = new TokenIssuer(signingKeys, "https://elsewhere.example", Duration.ofHours(1),
                Clock.systemUTC()).issue(dan.accountId(), dan.email()).value();
        String tampered = dan.token().substring(0, dan.token().length() - 4) + "AAAA";

        assertThat(createWorkspace(dan.token()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        for (String refused : new String[]{null, tampered, expired, foreign, "not-a-jwt"}) {
            ResponseEntity<JsonNode> response = createWorkspace(refused);
            assertThat(response.getStatusCode()).as(String.valueOf(refused)).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getBody().path("code").asText()).isEqualTo("unauthenticated");
        }
    }

    private ResponseEntity<JsonNode> createWorkspace(String token) {
        return accounts().post("/workspaces", token, WORKSPACE, null);
    }

    private ResponseEntity<JsonNode> logInFrom(String clientAddress, String email, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Forwarded-For", clientAddress);
        return http.exchange("/auth/token", HttpMethod.POST,
                new HttpEntity<>(Map.of("email", email, "password", password), headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> logIn(String email, String password) {
        return accounts().post("/auth/token", null, Map.of("email", email, "password", password), null);
    }
}
