package io.membership.notificationservice.mail;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The languages emails are written in; anything else, or nothing, gets English. */
public final class MailLocales {

    public static final Locale FALLBACK = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED_LOCALES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN,
            Locale.forLanguageTag("da"));
    private static final Set<String> SUPPORTED = Set.of("en", "fr", "de", "da");

    public static Locale resolve(String requested) {
        return supported(requested).orElse(FALLBACK);
    }

    /** The first candidate written in a supported language (the invitation's, then the workspace's), else English. */
    public static Locale firstSupported(String... candidates) {
        for (String candidate : candidates) {
            Optional<Locale> locale = supported(candidate);
            if (locale.isPresent()) {
                return locale.get();
            }
        }
        return FALLBACK;
    }

    private static Optional<Locale> supported(String requested) {
        if (requested == null || requested.isBlank()) {
            return Optional.empty();
        }
        try {
            String language = new Locale.Builder().setLanguageTag(requested.trim().replace('_', '-'))
                    .build().getLanguage();
            return SUPPORTED.contains(language) ? Optional.of(Locale.forLanguageTag(language)) : Optional.empty();
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    private MailLocales() {
    }
}
