package io.membership.membershipservice.common;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email address as this service stores and compares it: trimmed, lower case, at most 254 characters, with a
 * dot-atom local part and a domain of DNS labels (no quoted local parts, no IP literals).
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final Pattern LOCAL = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    private EmailAddress() {
    }

    /** The normalised address, or empty when {@code raw} is not an acceptable email address. */
    public static Optional<String> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String email = normalise(raw);
        if (email.isEmpty() || email.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int at = email.lastIndexOf('@');
        if (at <= 0 || at > MAX_LOCAL_LENGTH || at == email.length() - 1) {
            return Optional.empty();
        }
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        return LOCAL.matcher(local).matches() && DOMAIN.matcher(domain).matches() ? Optional.of(email) : Optional.empty();
    }

    /** Case folding only: for comparing addresses that were validated elsewhere. */
    public static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
