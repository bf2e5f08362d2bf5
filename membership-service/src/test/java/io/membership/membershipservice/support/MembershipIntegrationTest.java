package io.membership.membershipservice.support;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.membership.infra.Infrastructure;
import io.membership.infra.SharedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.UUID;

/**
 * The one Spring context all integration tests share (same configuration, so the context cache reuses it), wired to
 * the JVM's shared Kafka broker and Mongo server with a database and consumer group of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
public abstract class MembershipIntegrationTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    protected static final String DATABASE = "membership-it-" + RUN;
    protected static final String KEY_SECRET = "membership-it-signing-key-secret-" + RUN;

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    private MongoClient mongoClient;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        Infrastructure infra = SharedInfrastructure.get();
        registry.add("spring.data.mongodb.uri", infra::mongoUri);
        registry.add("spring.data.mongodb.database", () -> DATABASE);
        registry.add("spring.kafka.bootstrap-servers", infra::kafkaBootstrapServers);
        registry.add("membership.kafka.group-id", () -> "membership-service-it-" + RUN);
        registry.add("membership.relay.poll-interval", () -> "200ms");
        registry.add("membership.security.max-login-failures-per-address", () -> "12");
        registry.add("membership.security.key-encryption-secret", () -> KEY_SECRET);
        registry.add("membership.invitation-service.base-url", () -> InvitationServiceStub.shared().baseUrl());
    }

    protected static String kafkaBootstrapServers() {
        return SharedInfrastructure.get().kafkaBootstrapServers();
    }

    protected MongoDatabase database() {
        return mongoClient.getDatabase(DATABASE);
    }

    protected static InvitationServiceStub invitationService() {
        return InvitationServiceStub.shared();
    }

    protected TestAccounts accounts() {
        return new TestAccounts(http);
    }
}
