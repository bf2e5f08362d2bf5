package io.membership.membershipservice.auth.keys;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The RSA key pairs that sign access tokens, one per generation in {@code signing_keys} (private halves encrypted),
 * shared by every instance. The newest active generation signs; the JWKS lists every generation still needed: the
 * next one before it signs and the previous one until tokens it signed have expired. {@link #refresh()} rotates when
 * due and is safe to run on several instances at once: the generation number is the document id, so one insert wins.
 */
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final int KEY_SIZE = 2048;

    record Generation(int number, RSAKey key, Instant activeFrom) {
    }

    private final MongoCollection<Document> stored;
    private final KeySealing sealing;
    private final KeyRotation rotation;
    private final Clock clock;
    private volatile List<Generation> generations = List.of();

    public SigningKeys(MongoDatabase database, KeySealing sealing, KeyRotation rotation, Clock clock) {
        this.stored = database.getCollection("signing_keys");
        this.sealing = sealing;
        this.rotation = rotation;
        this.clock = clock;
        refresh();
    }

    /** The private key that signs now: never published or logged. */
    public RSAKey signingKey() {
        Instant now = clock.instant();
        return generations.stream()
                .filter(g -> !g.activeFrom().isAfter(now))
                .max(Comparator.comparingInt(Generation::number))
                .orElseThrow(() -> new IllegalStateException("no active signing key"))
                .key();
    }

    /** The public halves of every generation still needed, as published at {@code /.well-known/jwks.json}. */
    public JWKSet publicKeys() {
        return new JWKSet(generations.stream().map(g -> (JWK) g.key().toPublicJWK()).toList());
    }

    /** Starts a new generation now (published at once, signing after {@code publishAhead}). */
    public synchronized void rotate() {
        List<Generation> current = load();
        int next = current.isEmpty() ? 1 : current.get(current.size() - 1).number() + 1;
        create(next, current.isEmpty() ? clock.instant() : clock.instant().plus(rotation.publishAhead()));
        generations = load();
    }

    /** Re-reads the generations, makes the first or the next one when due, and forgets those no longer needed. */
    public synchronized void refresh() {
        List<Generation> current = load();
        Instant now = clock.instant();
        boolean changed;
        if (current.isEmpty()) {
            create(1, now);
            changed = true;
        } else {
            Generation newest = current.get(current.size() - 1);
            changed = !newest.activeFrom().plus(rotation.rotateEvery()).isAfter(now);
            if (changed) {
                create(newest.number() + 1, now.plus(rotation.publishAhead()));
            }
            changed |= retireOld(current, now);
        }
        generations = changed ? load() : current;
    }

    private boolean retireOld(List<Generation> current, Instant now) {
        boolean retired = false;
        for (int i = 0; i + 1 < current.size(); i++) {
            Instant successorActive = current.get(i + 1).activeFrom();
            if (!successorActive.plus(rotation.keepAfterRetired()).isAfter(now)) {
                stored.deleteOne(Filters.eq("_id", current.get(i).number()));
                log.info("deleted retired signing key {}", current.get(i).key().getKeyID());
                retired = true;
            }
        }
        return retired;
    }

    private void create(int number, Instant activeFrom) {
        RSAKey key = generate();
        if (insert(number, key, clock.instant(), activeFrom)) {
            log.info("generated signing key {} (generation {}, signs from {})", key.getKeyID(), number, activeFrom);
        }
    }

    /** False when another instance stored this generation first. */
    private boolean insert(int number, RSAKey key, Instant createdAt, Instant activeFrom) {
        try {
            stored.insertOne(new Document("_id", number)
                    .append("kid", key.getKeyID())
                    .append("sealedJwk", sealing.seal(key))
                    .append("createdAt", Date.from(createdAt))
                    .append("activeFrom", Date.from(activeFrom)));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    private List<Generation> load() {
        List<Generation> result = new ArrayList<>();
        for (Document document : stored.find().sort(Sorts.ascending("_id"))) {
            if (document.get("_id") instanceof Integer number) {
                result.add(new Generation(number, sealing.open(document.getString("sealedJwk"), document.getString("kid")),
                        document.getDate("activeFrom").toInstant()));
            } else if (document.containsKey("jwk")) {
                result.add(adoptUnsealed(document));
            }
        }
        result.sort(Comparator.comparingInt(Generation::number));
        return result;
    }

    /** Keys stored before keys were sealed and rotated become generation 0 and are sealed in place. */
    private Generation adoptUnsealed(Document legacy) {
        try {
            RSAKey key = RSAKey.parse(legacy.getString("jwk"));
            Instant created = legacy.getDate("createdAt").toInstant();
            insert(0, key, created, created);
            stored.deleteOne(Filters.eq("_id", legacy.get("_id")));
            return new Generation(0, key, created);
        } catch (ParseException e) {
            throw new IllegalStateException("stored signing key " + legacy.getString("kid") + " is unreadable");
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(KEY_SIZE)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .issueTime(new Date())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA signing key", e);
        }
    }
}
