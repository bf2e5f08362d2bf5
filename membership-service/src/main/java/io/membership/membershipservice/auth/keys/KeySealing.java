package io.membership.membershipservice.auth.keys;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jose.jwk.RSAKey;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;

/**
 * Encrypts private signing keys before they are stored (JWE, direct AES-256-GCM with a key derived from
 * {@code membership.security.key-encryption-secret}), so a copy of the database alone cannot mint tokens.
 */
public class KeySealing {

    static final int MIN_SECRET_LENGTH = 32;

    private final SecretKey key;

    public KeySealing(String secret) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("membership.security.key-encryption-secret (SIGNING_KEY_SECRET) must be "
                    + "set to at least " + MIN_SECRET_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(sha256(secret), "AES");
    }

    public String seal(RSAKey privateKey) {
        JWEObject jwe = new JWEObject(new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM),
                new Payload(privateKey.toJSONString()));
        try {
            jwe.encrypt(new DirectEncrypter(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot encrypt a signing key", e);
        }
        return jwe.serialize();
    }

    public RSAKey open(String sealed, String keyId) {
        try {
            JWEObject jwe = JWEObject.parse(sealed);
            jwe.decrypt(new DirectDecrypter(key));
            return RSAKey.parse(jwe.getPayload().toString());
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("stored signing key " + keyId
                    + " cannot be decrypted: is membership.security.key-encryption-secret the one it was stored with?");
        }
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
