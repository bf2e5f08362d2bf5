package io.membership.notificationservice.mail;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** A key missing from a language would silently fall back to English: every bundle has every key. */
class MailMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "de", "da"})
    void everyLanguageHasEveryEnglishMessage(String language) throws IOException {
        Properties english = load("mail/messages.properties");
        Properties translated = load("mail/messages_" + language + ".properties");

        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(
                english.stringPropertyNames());
        translated.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
