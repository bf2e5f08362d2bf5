package io.membership.invitationservice.invitation.web;

import com.mongodb.client.MongoDatabase;
import io.membership.platform.ratelimit.RateLimiter;
import io.membership.testsupport.ManualClock;
import io.membership.testsupport.ScratchDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LinkRateLimiterIntegrationTest {

    private final ManualClock clock = ManualClock.startingNow();
    private final ScratchDatabase scratch = ScratchDatabase.create("links_limit");
    private final MongoDatabase database = scratch.database();

    @AfterEach
    void dropTheDatabase() {
        scratch.close();
    }

    private LinkRateLimiter instance() {
        return new LinkRateLimiter(RateLimiter.overMongo(database, clock), 3);
    }

    @Test
    void refusesAClientBeyondTheLimitWithProblemDetailsAndRetryAfter() throws Exception {
        LinkRateLimiter limiter = instance();
        for (int i = 0; i < 3; i++) {
            assertThat(request(limiter, "10.0.0.1").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = request(limiter, "10.0.0.1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("20");
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"code\":\"too-many-requests\"");

        clock.advance(Duration.ofSeconds(20));
        assertThat(request(limiter, "10.0.0.1").getStatus()).isEqualTo(200);
    }

    @Test
    void countsEachClientOnItsOwn() throws Exception {
        LinkRateLimiter limiter = instance();
        for (int i = 0; i < 3; i++) {
            request(limiter, "10.0.0.1");
        }
        assertThat(request(limiter, "10.0.0.2").getStatus()).isEqualTo(200);
    }

    @Test
    void twoInstancesCountTogether() throws Exception {
        LinkRateLimiter first = instance();
        LinkRateLimiter second = instance();
        request(first, "10.0.0.1");
        request(second, "10.0.0.1");
        request(first, "10.0.0.1");

        assertThat(request(second, "10.0.0.1").getStatus()).isEqualTo(429);
    }

    private static MockHttpServletResponse request(LinkRateLimiter limiter, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/invitations/x");
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limiter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
