package io.membership.membershipservice.common;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A language preference such as {@code en}, {@code fr} or {@code de-CH}, stored as a normalised BCP 47 tag. */
public final class LocaleTag {

    public static final String DEFAULT = "en";
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z]{2}|[-_][0-9]{3})?");

    private LocaleTag() {
    }

    /** Empty for a missing value; throws for a malformed one. */
    public static Optional<String> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String trimmed = raw.trim();
        if (!TAG.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("locale must be a language tag such as en, fr or de-CH");
        }
        return Optional.of(Locale.forLanguageTag(trimmed.replace('_', '-')).toLanguageTag());
    }
}
