package io.membership.gateway.edge;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationIdsTest {

    @Test
    void aWellFormedIdFromTheCallerTravelsOn() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader(CorrelationIds.HEADER, "abc-123");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new CorrelationIds().doFilter(request, response, chain);

        assertThat(((HttpServletRequest) chain.getRequest()).getHeader(CorrelationIds.HEADER)).isEqualTo("abc-123");
        assertThat(response.getHeader(CorrelationIds.HEADER)).isEqualTo("abc-123");
    }

    @Test
    void anUnsafeIdIsReplacedByAFreshOne() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader(CorrelationIds.HEADER, "bad\nid injected into a log line");
        MockFilterChain chain = new MockFilterChain();

        new CorrelationIds().doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(((HttpServletRequest) chain.getRequest()).getHeader(CorrelationIds.HEADER))
                .matches("[0-9a-f-]{36}");
    }
}
