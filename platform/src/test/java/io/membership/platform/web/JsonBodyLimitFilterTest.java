package io.membership.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonBodyLimitFilterTest {

    private final JsonBodyLimitFilter filter = new JsonBodyLimitFilter(16);

    @Test
    void refusesADeclaredOversizedJsonBodyWithoutPassingItOn() throws Exception {
        MockHttpServletRequest request = json("{\"name\":\"" + "x".repeat(40) + "\"}");
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<ServletRequest> passed = new AtomicReference<>();

        filter.doFilter(request, response, (FilterChain) (req, res) -> passed.set(req));

        assertThat(passed.get()).isNull();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"code\":\"body-too-large\"");
    }

    @Test
    void stopsAChunkedBodyOnceItGrowsPastTheLimit() throws Exception {
        MockHttpServletRequest request = json("{\"name\":\"" + "x".repeat(40) + "\"}");
        AtomicReference<ServletRequest> passed = new AtomicReference<>();

        filter.doFilter(chunked(request), new MockHttpServletResponse(), (FilterChain) (req, res) -> passed.set(req));

        InputStream body = passed.get().getInputStream();
        assertThatThrownBy(body::readAllBytes).isInstanceOf(JsonBodyLimitFilter.BodyTooLargeException.class);
    }

    @Test
    void letsSmallJsonAndNonJsonBodiesThrough() throws Exception {
        AtomicReference<ServletRequest> passed = new AtomicReference<>();
        filter.doFilter(json("{\"a\":1}"), new MockHttpServletResponse(), (FilterChain) (req, res) -> passed.set(req));
        assertThat(new String(passed.get().getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("{\"a\":1}");

        MockHttpServletRequest csv = new MockHttpServletRequest("POST", "/x");
        csv.setContentType("text/csv");
        csv.setContent("email\n".repeat(100).getBytes(StandardCharsets.UTF_8));
        passed.set(null);
        filter.doFilter(csv, new MockHttpServletResponse(), (FilterChain) (req, res) -> passed.set(req));
        assertThat(passed.get()).isSameAs(csv);
    }

    private static MockHttpServletRequest json(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/workspaces");
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    /** A request that, like a chunked one, does not say how long it is. */
    private static MockHttpServletRequest chunked(MockHttpServletRequest request) {
        return new MockHttpServletRequest(request.getServletContext(), "POST", "/workspaces") {
            {
                setContentType("application/json");
                setContent(request.getContentAsByteArray());
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
    }
}
