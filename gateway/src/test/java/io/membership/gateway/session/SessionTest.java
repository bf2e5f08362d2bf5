package io.membership.gateway.session;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class SessionTest {

    private static String jwt(String claims) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }

    @Test
    void readsTheEmailAndExpiryToWordThePage() {
        long exp = Instant.now().plusSeconds(600).getEpochSecond();
        Session session = Session.parse(jwt("{\"email\":\"Ada@Example.com\",\"exp\":" + exp + "}")).orElseThrow();

        assertThat(session.isFor("ada@example.com ")).isTrue();
        assertThat(session.isFor("bob@example.com")).isFalse();
        assertThat(session.expiresAt()).isEqualTo(Instant.ofEpochSecond(exp));
    }

    @Test
    void neverPrintsTheAccessToken() {
        String token = jwt("{\"email\":\"ada@example.com\",\"exp\":4102444800}");

        assertThat(Session.parse(token).orElseThrow().toString()).doesNotContain(token).contains("ada@example.com");
    }

    @Test
    void somethingThatIsNotAJwtIsNoSession() {
        assertThat(Session.parse("not-a-jwt")).isEmpty();
        assertThat(Session.parse("a.b.c")).isEmpty();
        assertThat(Session.parse(jwt("{\"email\":\"ada@example.com\"}"))).isEmpty();
    }
}
