package io.membership.membershipservice.auth.keys;

import com.mongodb.client.MongoDatabase;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import io.membership.testsupport.ManualClock;
import io.membership.testsupport.ScratchDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeysIntegrationTest {

    private static final String SECRET = "signing-keys-test-secret-0123456789abcdef";
    private static final KeyRotation ROTATION = new KeyRotation(Duration.ofDays(30), Duration.ofMinutes(10),
            Duration.ofMinutes(65));

    private final ManualClock clock = new ManualClock(Instant.parse("2030-01-01T10:00:00Z"));
    private final ScratchDatabase scratch = ScratchDatabase.create("keys");
    private final MongoDatabase database = scratch.database();

    @AfterEach
    void dropTheDatabase() {
        scratch.close();
    }

    private SigningKeys instance() {
        return new SigningKeys(database, new KeySealing(SECRET), ROTATION, clock);
    }

    private void advance(Duration duration) {
        clock.advance(duration);
    }

    private static List<String> published(SigningKeys keys) {
        return keys.publicKeys().getKeys().stream().map(JWK::getKeyID).toList();
    }

    @Test
    void theFirstStartMakesOneKeyThatSignsAtOnceAndSurvivesARestart() {
        SigningKeys first = instance();
        SigningKeys restarted = instance();

        assertThat(restarted.signingKey().getKeyID()).isEqualTo(first.signingKey().getKeyID());
        assertThat(restarted.signingKey().getModulus()).isEqualTo(first.signingKey().getModulus());
        assertThat(published(first)).containsExactly(first.signingKey().getKeyID());
    }

    @Test
    void theNextKeyIsPublishedBeforeItSignsAndTheOldOneUntilItsTokensHaveExpired() {
        SigningKeys keys = instance();
        String old = keys.signingKey().getKeyID();

        advance(Duration.ofDays(30));
        keys.refresh();
        String next = published(keys).get(1);
        assertThat(published(keys)).containsExactly(old, next);
        assertThat(keys.signingKey().getKeyID()).isEqualTo(old);

        advance(Duration.ofMinutes(10));
        assertThat(keys.signingKey().getKeyID()).isEqualTo(next);
        keys.refresh();
        assertThat(published(keys)).containsExactly(old, next);

        advance(Duration.ofMinutes(65));
        keys.refresh();
        assertThat(published(keys)).containsExactly(next);
        assertThat(database.getCollection("signing_keys").countDocuments()).isEqualTo(1);
    }

    @Test
    void instancesRotatingAtOnceAgreeOnOneNextKey() throws Exception {
        List<SigningKeys> instances = List.of(instance(), instance(), instance(), instance());
        advance(Duration.ofDays(31));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> refreshes = new ArrayList<>();
            for (SigningKeys keys : instances) {
                refreshes.add(() -> {
                    keys.refresh();
                    return null;
                });
            }
            for (var done : pool.invokeAll(refreshes)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        advance(Duration.ofMinutes(10));

        assertThat(database.getCollection("signing_keys").countDocuments()).isEqualTo(2);
        assertThat(instances).extracting(k -> k.signingKey().getKeyID()).containsOnly(
                instances.get(0).signingKey().getKeyID());
    }

    @Test
    void anotherInstanceLearnsOfTheNextKeyWhenItRefreshes() {
        SigningKeys first = instance();
        SigningKeys second = instance();
        first.rotate();

        assertThat(published(second)).hasSize(1);
        second.refresh();
        assertThat(published(second)).isEqualTo(published(first)).hasSize(2);
    }

    @Test
    void storesThePrivateKeyOnlyEncrypted() {
        RSAKey key = instance().signingKey();

        Document stored = database.getCollection("signing_keys").find().first();
        String json = stored.toJson();
        assertThat(json).doesNotContain(key.getPrivateExponent().toString())
                .doesNotContain(key.getModulus().toString())
                .doesNotContain("\"d\"");
        assertThat(stored.getString("sealedJwk").split("\\.")).hasSize(5);
    }

    @Test
    void refusesToStartWithAnotherSecretOrNone() {
        instance();

        assertThatThrownBy(() -> new SigningKeys(database,
                new KeySealing("another-secret-of-enough-length-0123456789"), ROTATION, clock))
                .hasMessageContaining("cannot be decrypted")
                .hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> new KeySealing("short")).hasMessageContaining("at least 32");
    }

    @Test
    void adoptsAndSealsAKeyStoredBeforeRotationExisted() throws Exception {
        RSAKey legacy = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID("legacy-kid").generate();
        database.getCollection("signing_keys").insertOne(new Document("_id", "current").append("kid", "legacy-kid")
                .append("jwk", legacy.toJSONString()).append("createdAt", Date.from(clock.instant())));

        SigningKeys keys = instance();

        assertThat(keys.signingKey().getKeyID()).isEqualTo("legacy-kid");
        assertThat(database.getCollection("signing_keys").find().first().containsKey("jwk")).isFalse();
    }
}
