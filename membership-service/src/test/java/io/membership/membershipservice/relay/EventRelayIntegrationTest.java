package io.membership.membershipservice.relay;

import com.mongodb.client.model.Filters;
import io.membership.contract.Role;
import io.membership.contract.Topics;
import io.membership.contract.membership.MemberAdded;
import io.membership.contract.membership.WorkspaceCreated;
import io.membership.membershipservice.support.MembershipIntegrationTest;
import io.membership.membershipservice.support.TestAccounts.LoggedIn;
import io.membership.membershipservice.support.TopicReader;
import io.membership.platform.relay.EventRelay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.membership.membershipservice.support.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events that reach the store by a path the relay's marks did not see (a crash between append and mark, or an
 * append that becomes visible late) still reach Kafka. The appends here go to the Mongo engine directly, bypassing
 * the marking wrapper, which is what such a crash leaves behind.
 */
class EventRelayIntegrationTest extends MembershipIntegrationTest {

    @Autowired
    private EventRelay relay;

    @Autowired
    private MongoTemplate axonMongoTemplate;

    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;

    private EventStorageEngine unmarkedStore;

    @BeforeEach
    void storeWithoutRelayMarks() {
        unmarkedStore = MongoEventStorageEngine.builder()
                .mongoTemplate(axonMongoTemplate)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(eventSerializer)
                .build();
    }

    @Test
    void eventAppendedWithoutMarkStillReachesKafka() {
        UUID workspaceId = UUID.randomUUID();
        DomainEventMessage<?> event = new GenericDomainEventMessage<>("Workspace", workspaceId.toString(), 0,
                new WorkspaceCreated(workspaceId, "Crashed Co", UUID.randomUUID(), UUID.randomUUID(),
                        "owner@crashed.example", Map.of("workspace", 3), "en"),
                Map.of("actor", "crash-test", "correlationId", "crash-1"));

        unmarkedStore.appendEvents(List.of(event));
        assertThat(database().getCollection("relay_pending").countDocuments(Filters.eq("_id", workspaceId.toString())))
                .isZero();
        relay.sweep();
        relay.drainPending();

        try (TopicReader topic = new TopicReader(kafkaBootstrapServers(), Topics.MEMBERSHIP_EVENTS)) {
            TopicReader.Received published = topic.awaitFirst(r -> workspaceId.toString().equals(r.key()));
            assertThat(published.cloudEvent().path("id").asText()).isEqualTo(event.getIdentifier());
            assertThat(published.type()).isEqualTo("WorkspaceCreated");
            assertThat(published.cloudEvent().path("actor").asText()).isEqualTo("crash-test");
            assertThat(published.cloudEvent().path("correlationid").asText()).isEqualTo("crash-1");
        }
    }

    @Test
    void lateVisibleEventWithAnOldTimestampStillReachesKafka() {
        LoggedIn owner = accounts().registerAndLogIn(uniqueEmail("late"));
        UUID workspaceId = accounts().createWorkspace(owner, "Late Ltd", 3, null);
        try (TopicReader topic = new TopicReader(kafkaBootstrapServers(), Topics.MEMBERSHIP_EVENTS)) {
            topic.awaitFirst(r -> workspaceId.toString().equals(r.key()) && r.type().equals("WorkspaceCreated"));

            Instant longAgo = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS);
            UUID memberId = UUID.randomUUID();
            DomainEventMessage<?> late = new GenericDomainEventMessage<>("Workspace", workspaceId.toString(), 1,
                    new MemberAdded(workspaceId, memberId, "late@example.com", Set.of(Role.MEMBER)), Map.of(),
                    UUID.randomUUID().toString(), longAgo);
            unmarkedStore.appendEvents(List.of(late));
            relay.sweep();
            relay.drainPending();

            TopicReader.Received published = topic.awaitFirst(r -> workspaceId.toString().equals(r.key())
                    && r.type().equals("MemberAdded"));
            assertThat(published.cloudEvent().path("id").asText()).isEqualTo(late.getIdentifier());
            assertThat(published.cloudEvent().path("sequence").asLong()).isEqualTo(1);
            assertThat(Instant.parse(published.cloudEvent().path("time").asText())).isEqualTo(longAgo);
        }
    }

    @Test
    void eventsWhoseMarksAndProgressWereLostAreRepublishedNotForgotten() {
        LoggedIn owner = accounts().registerAndLogIn(uniqueEmail("lost"));
        UUID workspaceId = accounts().createWorkspace(owner, "Lost Marks", 3, null);
        try (TopicReader topic = new TopicReader(kafkaBootstrapServers(), Topics.MEMBERSHIP_EVENTS)) {
            topic.awaitFirst(r -> workspaceId.toString().equals(r.key()));
            database().getCollection("relay_pending").deleteMany(Filters.eq("_id", workspaceId.toString()));
            database().getCollection("relay_progress").deleteMany(Filters.eq("_id", workspaceId.toString()));

            relay.sweep();
            relay.drainPending();

            // At least once: the event is published again rather than lost; consumers drop it by its id.
            List<TopicReader.Received> copies = topic.awaitMatching(2, r -> workspaceId.toString().equals(r.key()));
            assertThat(copies).extracting(r -> r.cloudEvent().path("id").asText()).containsOnly(
                    copies.get(0).cloudEvent().path("id").asText());
        }
    }
}
