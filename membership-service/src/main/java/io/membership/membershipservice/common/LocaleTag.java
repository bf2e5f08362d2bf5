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

    /** The normalised tag, or empty when {@code raw} is not a language tag. */
    public static Optional<String> parse(String raw) {
        if (raw == null || !TAG.matcher(raw.trim()).matches()) {
            return Optional.empty();
        }
        return Optional.of(Locale.forLanguageTag(raw.trim().replace('_', '-')).toLanguageTag());
    }
}
