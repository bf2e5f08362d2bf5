package io.membership.gateway.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The page's language: the one a page chose (an invitation's own language), else the browser's best among the four
 * the product speaks, else English.
 */
public class PageLocales implements LocaleResolver {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN,
            Locale.forLanguageTag("da"));
    private static final String CHOSEN = PageLocales.class.getName() + ".chosen";

    /** Makes {@code languageTag} the page's language when it is one the product speaks. */
    public static void choose(HttpServletRequest request, String languageTag) {
        supported(languageTag).ifPresent(locale -> request.setAttribute(CHOSEN, locale));
    }

    /** The language the page is rendered in. */
    public static Locale current(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
            return chosen;
        }
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return best == null ? Locale.ENGLISH : best;
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return current(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        request.setAttribute(CHOSEN, locale);
    }

    private static Optional<Locale> supported(String languageTag) {
        if (languageTag == null) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }
}
