package io.membership.membershipservice.auth.keys;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.ParseException;
import java.util.Date;
import java.util.UUID;

/**
 * The RSA key pair that signs access tokens, created on first start and kept in {@code signing_keys} so tokens stay
 * valid across restarts and instances. When two instances start at once, the first insert wins and both use it.
 */
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final String CURRENT = "current";
    private static final int KEY_SIZE = 2048;

    private final MongoCollection<Document> keys;
    private final RSAKey current;

    public SigningKeys(MongoDatabase database) {
        this.keys = database.getCollection("signing_keys");
        this.current = loadOrCreate();
    }

    /** The private key: for signing only, never published or logged. */
    public RSAKey signingKey() {
        return current;
    }

    /** The public halves, as published at {@code /.well-known/jwks.json}. */
    public JWKSet publicKeys() {
        return new JWKSet(current.toPublicJWK());
    }

    private RSAKey loadOrCreate() {
        Document stored = keys.find(Filters.eq("_id", CURRENT)).first();
        if (stored != null) {
            return parse(stored);
        }
        RSAKey generated = generate();
        try {
            keys.insertOne(new Document("_id", CURRENT)
                    .append("kid", generated.getKeyID())
                    .append("jwk", generated.toJSONString())
                    .append("createdAt", new Date()));
            log.info("generated signing key {}", generated.getKeyID());
            return generated;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return parse(keys.find(Filters.eq("_id", CURRENT)).first());
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

    private static RSAKey parse(Document stored) {
        try {
            return RSAKey.parse(stored.getString("jwk"));
        } catch (ParseException e) {
            throw new IllegalStateException("stored signing key " + stored.getString("kid") + " is unreadable");
        }
    }
}
