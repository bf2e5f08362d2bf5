package io.membership.invitationservice.invitation.web;

import io.membership.invitationservice.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LinkRateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T10:00:00Z"));
    private final LinkRateLimiter limiter = new LinkRateLimiter(3, clock);

    @Test
    void refusesAClientBeyondTheLimitUntilTheNextMinute() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(request("10.0.0.1").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = request("10.0.0.1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("61");
        assertThat(refused.getContentAsString()).contains("\"code\":\"too-many-requests\"");

        clock.advance(Duration.ofMinutes(1));
        assertThat(request("10.0.0.1").getStatus()).isEqualTo(200);
    }

    @Test
    void countsEachClientOnItsOwn() throws Exception {
        for (int i = 0; i < 3; i++) {
            request("10.0.0.1");
        }
        assertThat(request("10.0.0.2").getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse request(String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/invitations/x");
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limiter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
