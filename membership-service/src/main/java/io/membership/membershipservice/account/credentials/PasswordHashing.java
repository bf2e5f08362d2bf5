package io.membership.membershipservice.account.credentials;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;

/**
 * Argon2id (memory-hard) for new hashes; the {@code {id}} prefix lets stored hashes move to another algorithm
 * later without a reset. Verifying an unknown email still costs one hash, so timing does not tell whether an
 * account exists.
 */
public class PasswordHashing {

    private final PasswordEncoder encoder;
    private final String decoyHash;

    public PasswordHashing() {
        this.encoder = new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
        this.decoyHash = encoder.encode("decoy password that matches nothing");
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String storedHash) {
        return encoder.matches(password, storedHash);
    }

    /** Spends the same work as {@link #matches} and answers false: for log-ins with an unknown email. */
    public boolean matchesNothing(String password) {
        encoder.matches(password, decoyHash);
        return false;
    }
}
