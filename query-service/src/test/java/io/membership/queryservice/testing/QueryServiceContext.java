package io.membership.queryservice.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.infra.Infrastructure;
import io.membership.infra.SharedInfrastructure;
import io.membership.platform.events.CloudEventCodec;
import io.membership.testsupport.TestIdentity;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one Spring context of the module's integration tests (same configuration, so Spring caches and shares it),
 * on the shared Kafka and MongoDB, with helpers to publish CloudEvents and call the REST API with real tokens.
 * Each test class writes its own workspaces, so the classes do not see each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
public abstract class QueryServiceContext {

    protected static final Infrastructure INFRA = SharedInfrastructure.get();
    protected static final TestIdentity IDENTITY = TestIdentity.shared();
    protected static final String OPERATOR_ACCOUNT = "00000000-0000-4000-8000-00000000a11d";
    private static final String RUN = UUID.randomUUID().toString();

    protected final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", INFRA::kafkaBootstrapServers);
        registry.add("spring.data.mongodb.uri", INFRA::mongoUri);
        registry.add("spring.data.mongodb.database", () -> "query-it-" + RUN);
        registry.add("spring.kafka.consumer.group-id", () -> "query-it-" + RUN);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", IDENTITY::jwksUri);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", IDENTITY::issuer);
        registry.add("membership.query.operators", () -> OPERATOR_ACCOUNT);
        registry.add("membership.query.consistency-timeout", () -> "2s");
    }

    protected static void publish(List<EventEnvelope<Event>> events) {
        CloudEventCodec codec = new CloudEventCodec();
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, INFRA.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            for (EventEnvelope<Event> event : events) {
                producer.send(new ProducerRecord<>(Envelopes.topic(event), event.data().partitionKey(),
                        codec.encode(event)));
            }
            producer.flush();
        }
    }

    /** A record as another producer might write it: any bytes, under the workspace's key. */
    protected static void publishRaw(String topic, String key, byte[] value) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, INFRA.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value));
            producer.flush();
        }
    }

    protected static String token(UUID accountId, String email) {
        return IDENTITY.token(accountId, email);
    }

    protected static String token(Story.Invitee who) {
        return IDENTITY.token(who.accountId(), who.email());
    }

    protected static void assertProblem(Response response, int status) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().path("status").asInt()).isEqualTo(status);
        assertThat(response.body().path("code").asText()).isNotBlank();
    }

    protected Response get(String path, String token) {
        return send("GET", path, token, null);
    }

    protected Response post(String path, String token, String jsonBody) {
        return send("POST", path, token, jsonBody);
    }

    protected Response send(String method, String path, String token, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = json.nullNode();
            if (contentType.contains("json") && !contentType.contains("ndjson") && !response.body().isEmpty()) {
                body = json.readTree(response.body());
            }
            return new Response(response.statusCode(), contentType, response.body(), body, response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String contentType, String text, JsonNode body,
                           Map<String, List<String>> headers) {

        public String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(h -> h.getValue().get(0)).findFirst().orElse(null);
        }
    }
}
