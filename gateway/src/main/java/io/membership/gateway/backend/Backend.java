package io.membership.gateway.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.membership.gateway.config.GatewaySettings;
import io.membership.gateway.edge.CorrelationIds;
import io.membership.gateway.edge.ForwardedHeaderGuard;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The pages' calls to the services' public REST APIs, made for the person at the browser: their address goes along
 * as X-Forwarded-For (so the services' rate limits count them, not the gateway) with the request's correlation id.
 * A refusal is an answer to show, not an exception; only an unreachable service throws.
 */
@Component
public class Backend {

    public record Answer(int status, JsonNode body, String retryAfter) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public String text(String field) {
            JsonNode value = body.path(field);
            return value.isMissingNode() || value.isNull() ? null : value.asText();
        }
    }

    private final RestClient client;
    private final GatewaySettings settings;
    private final ObjectMapper json;

    public Backend(GatewaySettings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build());
        factory.setReadTimeout(Duration.ofSeconds(15));
        this.client = RestClient.builder().requestFactory(factory).build();
    }

    public GatewaySettings services() {
        return settings;
    }

    public Answer get(URI service, String pathTemplate, String bearer, HttpServletRequest from, Object... variables) {
        return call(HttpMethod.GET, service, pathTemplate, null, bearer, from, variables);
    }

    public Answer post(URI service, String pathTemplate, Object body, String bearer, HttpServletRequest from,
                       Object... variables) {
        return call(HttpMethod.POST, service, pathTemplate, body, bearer, from, variables);
    }

    private Answer call(HttpMethod method, URI service, String pathTemplate, Object body, String bearer,
                        HttpServletRequest from, Object... variables) {
        try {
            RestClient.RequestBodySpec request = client.method(method)
                    .uri(service.toString() + pathTemplate, variables)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .header("X-Forwarded-For", ForwardedHeaderGuard.clientChain(from, settings))
                    .header(CorrelationIds.HEADER, CorrelationIds.of(from));
            if (bearer != null) {
                request.header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer);
            }
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            return request.exchange((sent, response) -> new Answer(response.getStatusCode().value(),
                    read(response.getBody().readAllBytes()), response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)),
                    true);
        } catch (ResourceAccessException e) {
            throw new ServiceUnavailable(service);
        }
    }

    private JsonNode read(byte[] bytes) throws IOException {
        if (bytes.length == 0) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }
}
