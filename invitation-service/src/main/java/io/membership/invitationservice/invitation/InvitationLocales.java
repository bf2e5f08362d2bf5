package io.membership.invitationservice.invitation;

import io.membership.platform.errors.ApiException;

import java.util.Locale;
import java.util.Set;

/** The languages an invitation email can be written in. */
public final class InvitationLocales {

    public static final String FALLBACK = "en";
    public static final Set<String> SUPPORTED = Set.of("en", "fr", "de", "da");

    /** Null stays null: the workspace's default language applies. */
    public static String normalize(String requested) {
        if (requested == null) {
            return null;
        }
        String locale = requested.trim().toLowerCase(Locale.ROOT);
        if (!SUPPORTED.contains(locale)) {
            throw ApiException.badRequest("invalid-locale", "locale must be one of en, fr, de, da");
        }
        return locale;
    }

    public static boolean isSupported(String locale) {
        return locale != null && SUPPORTED.contains(locale);
    }

    private InvitationLocales() {
    }
}
