package io.membership.gateway.pages;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PageLocalesTest {

    @Test
    void theInvitationsOwnLanguageComesBeforeTheBrowsers() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "de-DE,de;q=0.9");
        PageLocales.choose(request, "fr");

        assertThat(PageLocales.current(request)).isEqualTo(Locale.FRENCH);
    }

    @Test
    void withoutAChosenLanguageTheBrowsersBestSupportedOneIsUsed() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "sv-SE,da;q=0.8,en;q=0.5");

        assertThat(PageLocales.current(request).getLanguage()).isEqualTo("da");
    }

    @Test
    void anUnsupportedOrMalformedChoiceFallsBackToEnglish() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        PageLocales.choose(request, "tlh");
        request.addHeader("Accept-Language", "not a language range;;");

        assertThat(PageLocales.current(request)).isEqualTo(Locale.ENGLISH);
    }
}
