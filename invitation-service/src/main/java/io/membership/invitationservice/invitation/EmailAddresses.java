package io.membership.invitationservice.invitation;

import io.membership.platform.errors.ApiException;

import java.util.Locale;
import java.util.regex.Pattern;

/** The one shape of an invited email: trimmed, lower-cased, at most 254 characters, plausible syntax. */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART = 64;
    private static final Pattern LOCAL_PART = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile(
            "([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");

    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            throw invalid("email is required");
        }
        String email = raw.trim().toLowerCase(Locale.ROOT);
        if (email.length() > MAX_LENGTH) {
            throw invalid("email must have at most " + MAX_LENGTH + " characters");
        }
        int at = email.lastIndexOf('@');
        if (at <= 0 || at > MAX_LOCAL_PART || at == email.length() - 1
                || !LOCAL_PART.matcher(email.substring(0, at)).matches()
                || !DOMAIN.matcher(email.substring(at + 1)).matches()) {
            throw invalid("email is not a valid address");
        }
        return email;
    }

    private static ApiException invalid(String message) {
        return ApiException.badRequest("invalid-email", message);
    }

    private EmailAddresses() {
    }
}
