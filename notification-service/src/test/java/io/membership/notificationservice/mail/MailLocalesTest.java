package io.membership.notificationservice.mail;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MailLocalesTest {

    @ParameterizedTest
    @CsvSource({"en,en", "fr,fr", "de,de", "da,da", "fr-CA,fr", "de_AT,de", "DA-dk,da", "EN-us,en"})
    void supportedLanguagesAreKeptWithoutRegion(String requested, String expected) {
        assertThat(MailLocales.resolve(requested)).isEqualTo(Locale.forLanguageTag(expected));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"es", "pt-BR", "not a locale!", "   "})
    void anythingElseGetsEnglish(String requested) {
        assertThat(MailLocales.resolve(requested)).isEqualTo(Locale.ENGLISH);
    }
}
