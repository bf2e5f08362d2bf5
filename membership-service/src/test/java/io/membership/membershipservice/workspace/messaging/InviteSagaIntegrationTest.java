package io.membership.membershipservice.workspace.messaging;

import com.mongodb.client.model.Filters;
import io.membership.contract.Role;
import io.membership.contract.Topics;
import io.membership.contract.invitation.InvitationAccepted;
import io.membership.contract.invitation.InvitationExpired;
import io.membership.contract.invitation.InvitationRequested;
import io.membership.contract.notification.NotificationFailed;
import io.membership.contract.notification.NotificationKind;
import io.membership.membershipservice.support.EventPublisher;
import io.membership.membershipservice.support.MembershipIntegrationTest;
import io.membership.membershipservice.support.TestAccounts.LoggedIn;
import io.membership.membershipservice.support.TopicReader;
import io.membership.membershipservice.support.TopicReader.Received;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static io.membership.membershipservice.support.TestAccounts.uniqueEmail;
import static io.membership.membershipservice.support.TopicReader.ofType;
import static io.membership.membershipservice.support.TopicReader.withData;
import static org.assertj.core.api.Assertions.assertThat;

/** The membership side of the invite saga, driven over Kafka as invitation- and notification-service would. */
class InviteSagaIntegrationTest extends MembershipIntegrationTest {

    @Autowired
    private MeterRegistry meters;

    private EventPublisher otherServices;
    private TopicReader membershipEvents;
    private LoggedIn owner;
    private UUID workspaceId;

    @BeforeEach
    void workspaceWithThreeSeats() {
        otherServices = new EventPublisher(kafkaBootstrapServers());
        membershipEvents = new TopicReader(kafkaBootstrapServers(), Topics.MEMBERSHIP_EVENTS);
        owner = accounts().registerAndLogIn(uniqueEmail("owner"));
        workspaceId = accounts().createWorkspace(owner, "Saga Works", 3, null);
    }

    @AfterEach
    void close() {
        otherServices.close();
        membershipEvents.close();
    }

    @Test
    void anInvitationRunsFromSeatReservationToJoin() {
        UUID invitationId = UUID.randomUUID();
        otherServices.publish(requested(invitationId, "Ann@Example.COM", owner.accountId()),
                owner.accountId().toString(), "saga-1");

        Received reserved = membershipEvents.awaitFirst(about(invitationId).and(ofType("SeatReserved")));
        assertThat(reserved.key()).isEqualTo(workspaceId.toString());
        assertThat(reserved.data().path("email").asText()).isEqualTo("ann@example.com");
        assertThat(reserved.data().path("product").asText()).isEqualTo("workspace");
        assertThat(reserved.data().path("workspaceName").asText()).isEqualTo("Saga Works");
        assertThat(reserved.cloudEvent().path("actor").asText()).isEqualTo(owner.accountId().toString());
        assertThat(reserved.cloudEvent().path("correlationid").asText()).isEqualTo("saga-1");
        UUID memberId = UUID.fromString(reserved.data().path("memberId").asText());
        assertThat(membershipEvents.matches(ofType("MemberAdded").and(withData("memberId", memberId)))).hasSize(1);

        UUID annAccount = UUID.randomUUID();
        otherServices.publish(new InvitationAccepted(invitationId, workspaceId, memberId, annAccount,
                "ann@example.com"), annAccount.toString(), "saga-1");

        Received joined = membershipEvents.awaitFirst(about(invitationId).and(ofType("MemberJoined")));
        assertThat(joined.data().path("accountId").asText()).isEqualTo(annAccount.toString());
        assertThat(joined.data().path("memberId").asText()).isEqualTo(memberId.toString());
        assertThat(joined.cloudEvent().path("actor").asText()).isEqualTo(annAccount.toString());
    }

    @Test
    void anExpiredInvitationReleasesItsSeat() {
        UUID invitationId = UUID.randomUUID();
        otherServices.publish(requested(invitationId, "bob@example.com", owner.accountId()), "system", null);
        UUID memberId = memberOf(membershipEvents.awaitFirst(about(invitationId).and(ofType("SeatReserved"))));

        otherServices.publish(new InvitationExpired(invitationId, workspaceId, memberId, "bob@example.com",
                Instant.now()), "system", "expiry-1");

        Received released = membershipEvents.awaitFirst(about(invitationId).and(ofType("SeatReleased")));
        assertThat(released.data().path("reason").asText()).isEqualTo("EXPIRED");
        assertThat(released.cloudEvent().path("correlationid").asText()).isEqualTo("expiry-1");
    }

    @Test
    void aPermanentDeliveryFailureReleasesTheSeat() {
        UUID invitationId = UUID.randomUUID();
        otherServices.publish(requested(invitationId, "carol@example.com", owner.accountId()), "system", null);
        UUID memberId = memberOf(membershipEvents.awaitFirst(about(invitationId).and(ofType("SeatReserved"))));

        otherServices.publish(new NotificationFailed(UUID.randomUUID(), workspaceId, "source-event",
                NotificationKind.INVITATION, "carol@example.com", invitationId, memberId, "mailbox unknown", true),
                "system", null);

        Received released = membershipEvents.awaitFirst(about(invitationId).and(ofType("SeatReleased")));
        assertThat(released.data().path("reason").asText()).isEqualTo("DELIVERY_FAILED");
    }

    @Test
    void anInviterWithoutAdminRightsIsRefused() {
        UUID invitationId = UUID.randomUUID();
        otherServices.publish(requested(invitationId, "dan@example.com", UUID.randomUUID()), "system", null);

        Received rejected = membershipEvents.awaitFirst(about(invitationId).and(ofType("SeatReservationRejected")));
        assertThat(rejected.data().path("reason").asText()).isEqualTo("NOT_ALLOWED");
        assertThat(membershipEvents.matches(ofType("MemberAdded").and(withData("email", "dan@example.com"))))
                .isEmpty();
    }

    @Test
    void aRedeliveredInvitationRequestedYieldsExactlyOneSeatReserved() {
        UUID invitationId = UUID.randomUUID();
        InvitationRequested request = requested(invitationId, "erin@example.com", owner.accountId());
        byte[] record = EventPublisher.encode(request, owner.accountId().toString(), "dup-1");
        otherServices.send(Topics.INVITATION_EVENTS, workspaceId.toString(), record);
        otherServices.send(Topics.INVITATION_EVENTS, workspaceId.toString(), record);
        otherServices.publish(request, owner.accountId().toString(), "dup-1");
        UUID markerInvitation = UUID.randomUUID();
        otherServices.publish(requested(markerInvitation, "marker@example.com", owner.accountId()), "system", null);

        // Same key, same partition: once the later request is answered, every copy before it was handled.
        membershipEvents.awaitFirst(about(markerInvitation).and(ofType("SeatReserved")));
        assertThat(membershipEvents.matches(about(invitationId))).extracting(Received::type)
                .containsExactly("SeatReserved");
        assertThat(database().getCollection("domainevents").countDocuments(Filters.and(
                Filters.eq("aggregateIdentifier", workspaceId.toString()),
                Filters.regex("payloadType", "SeatReserved$")))).isEqualTo(2);
    }

    @Test
    void aRequestForAnUnknownWorkspaceIsIgnoredAndTheNextOneStillHandled() {
        UUID unknownWorkspace = UUID.randomUUID();
        double ignoredBefore = ignoredUnknownWorkspaces();
        byte[] orphan = EventPublisher.encode(new InvitationRequested(UUID.randomUUID(), unknownWorkspace,
                "frank@example.com", Set.of(Role.MEMBER), "en", owner.accountId()), "system", null);
        // Keyed like the next request so both land in one partition, in order.
        otherServices.send(Topics.INVITATION_EVENTS, workspaceId.toString(), orphan);
        UUID next = UUID.randomUUID();
        otherServices.publish(requested(next, "grace@example.com", owner.accountId()), "system", null);

        membershipEvents.awaitFirst(about(next).and(ofType("SeatReserved")));
        assertThat(database().getCollection("domainevents")
                .countDocuments(Filters.eq("aggregateIdentifier", unknownWorkspace.toString()))).isZero();
        assertThat(ignoredUnknownWorkspaces()).isEqualTo(ignoredBefore + 1);
    }

    private double ignoredUnknownWorkspaces() {
        var counter = meters.find("membership.saga.ignored").tag("reason", "unknown-workspace").counter();
        return counter == null ? 0 : counter.count();
    }

    private InvitationRequested requested(UUID invitationId, String email, UUID invitedBy) {
        return new InvitationRequested(invitationId, workspaceId, email, Set.of(), "en", invitedBy);
    }

    private static Predicate<Received> about(UUID invitationId) {
        return withData("invitationId", invitationId);
    }

    private static UUID memberOf(Received event) {
        return UUID.fromString(event.data().path("memberId").asText());
    }
}
