package io.membership.platform.links;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;

/**
 * The secret of an invitation link: HMAC-SHA256 over (invitation id, attempt) under a key shared by
 * invitation-service (which verifies) and notification-service (which puts the link in the email). Nothing about
 * the token is stored or published; a new attempt makes every older link of that invitation worthless.
 */
public class InvitationLinkTokens {

    private static final int MIN_SECRET_BYTES = 32;
    private final SecretKeySpec key;

    public InvitationLinkTokens(String secret) {
        byte[] bytes = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("invitation link secret must have at least 32 bytes");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    public String tokenFor(UUID invitationId, int attempt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((invitationId + ":" + attempt).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /**
     * Whether the token belongs to any attempt from 1 to {@code maxAttempt} of the invitation: decided without
     * reading anything, so a guessed link costs a few HMACs instead of a look-up in the event store.
     */
    public boolean matchesSomeAttempt(UUID invitationId, int maxAttempt, String presented) {
        return attemptOf(invitationId, maxAttempt, presented) > 0;
    }

    /** The attempt from 1 to {@code maxAttempt} whose link carries this token, or 0; every attempt is checked. */
    public int attemptOf(UUID invitationId, int maxAttempt, String presented) {
        int matched = 0;
        for (int attempt = 1; attempt <= maxAttempt; attempt++) {
            if (matches(invitationId, attempt, presented)) {
                matched = attempt;
            }
        }
        return matched;
    }

    /** Constant-time comparison, so the answer time says nothing about how much of a guess was right. */
    public boolean matches(UUID invitationId, int attempt, String presented) {
        if (presented == null || presented.isEmpty() || presented.length() > 128) {
            return false;
        }
        byte[] expected = tokenFor(invitationId, attempt).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.US_ASCII));
    }
}
