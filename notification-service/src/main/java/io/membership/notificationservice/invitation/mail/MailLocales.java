package io.membership.notificationservice.invitation.mail;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

/** The languages emails are written in; anything else, or nothing, gets English. */
public final class MailLocales {

    public static final Locale FALLBACK = Locale.ENGLISH;
    private static final Set<String> SUPPORTED = Set.of("en", "fr", "de", "da");

    public static Locale resolve(String requested) {
        if (requested == null || requested.isBlank()) {
            return FALLBACK;
        }
        try {
            String language = new Locale.Builder().setLanguageTag(requested.trim().replace('_', '-'))
                    .build().getLanguage();
            return SUPPORTED.contains(language) ? Locale.forLanguageTag(language) : FALLBACK;
        } catch (IllformedLocaleException e) {
            return FALLBACK;
        }
    }

    private MailLocales() {
    }
}
