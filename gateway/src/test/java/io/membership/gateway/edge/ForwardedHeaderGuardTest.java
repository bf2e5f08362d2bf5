package io.membership.gateway.edge;

import io.membership.gateway.config.GatewaySettings;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import java.net.URI;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

class ForwardedHeaderGuardTest {

    private static GatewaySettings trusting(String proxies) {
        URI any = URI.create("http://localhost:1");
        return new GatewaySettings(any, any, any, any, DataSize.ofMegabytes(2), null, proxies);
    }

    @Test
    void aClientCannotClaimAnotherAddress() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.7");
        request.addHeader("X-Forwarded-For", "198.51.100.1");
        request.addHeader("Forwarded", "for=198.51.100.1");
        MockFilterChain chain = new MockFilterChain();

        new ForwardedHeaderGuard(trusting("")).doFilter(request, new MockHttpServletResponse(), chain);

        HttpServletRequest passed = (HttpServletRequest) chain.getRequest();
        assertThat(passed.getHeader("X-Forwarded-For")).isNull();
        assertThat(Collections.list(passed.getHeaderNames())).doesNotContain("X-Forwarded-For", "Forwarded");
        assertThat(ForwardedHeaderGuard.clientChain(passed, trusting(""))).isEqualTo("203.0.113.7");
    }

    @Test
    void aConfiguredProxyIsBelievedAndAppendedTo() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.0.0.5");
        request.addHeader("X-Forwarded-For", "198.51.100.1");
        MockFilterChain chain = new MockFilterChain();
        GatewaySettings settings = trusting("10\\.0\\.0\\.\\d+");

        new ForwardedHeaderGuard(settings).doFilter(request, new MockHttpServletResponse(), chain);

        HttpServletRequest passed = (HttpServletRequest) chain.getRequest();
        assertThat(ForwardedHeaderGuard.clientChain(passed, settings)).isEqualTo("198.51.100.1, 10.0.0.5");
    }
}
