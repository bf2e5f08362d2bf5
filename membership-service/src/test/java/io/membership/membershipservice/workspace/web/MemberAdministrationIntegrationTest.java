package io.membership.membershipservice.workspace.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.model.Filters;
import io.membership.contract.Role;
import io.membership.contract.Topics;
import io.membership.membershipservice.support.MembershipIntegrationTest;
import io.membership.membershipservice.support.Team;
import io.membership.membershipservice.support.Team.Person;
import io.membership.membershipservice.support.TopicReader;
import io.membership.membershipservice.support.TopicReader.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static io.membership.membershipservice.support.TestAccounts.uniqueEmail;
import static io.membership.membershipservice.support.TopicReader.ofType;
import static io.membership.membershipservice.support.TopicReader.withData;
import static org.assertj.core.api.Assertions.assertThat;

class MemberAdministrationIntegrationTest extends MembershipIntegrationTest {

    private TopicReader events;
    private Team team;

    @BeforeEach
    void team() {
        events = new TopicReader(kafkaBootstrapServers(), Topics.MEMBERSHIP_EVENTS);
        team = new Team(accounts(), http, kafkaBootstrapServers(), events, 10);
    }

    @AfterEach
    void close() {
        team.close();
        events.close();
    }

    @Test
    void anAdminChangesAMembersRolesAndTheChangeIsPublished() {
        Person admin = team.active("admin", Role.ADMIN);
        Person member = team.active("member", Role.MEMBER);

        ResponseEntity<JsonNode> answer = team.call(HttpMethod.PUT, team.path("/members/" + member.memberId() + "/roles"),
                admin.token(), Map.of("roles", List.of("auditor", "MEMBER")));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().path("roles")).hasSize(2);
        Received changed = events.awaitFirst(ofType("MemberRolesChanged").and(withData("memberId", member.memberId())));
        assertThat(changed.data().path("previousRoles").toString()).contains("MEMBER");
        assertThat(changed.data().path("roles").toString()).contains("AUDITOR", "MEMBER");
        assertThat(changed.cloudEvent().path("actor").asText()).isEqualTo(admin.accountId().toString());
    }

    @Test
    void roleChangesAreRefusedWithProblemDetailsAndNothingIsStored() {
        Person admin = team.active("admin", Role.ADMIN);
        Person member = team.active("member", Role.MEMBER);
        UUID owner = team.ownerMemberId();
        long before = storedEvents();

        assertRefused(team.call(HttpMethod.PUT, team.path("/members/" + owner + "/roles"), admin.token(),
                Map.of("roles", List.of("MEMBER"))), HttpStatus.FORBIDDEN, "owner-protected");
        assertRefused(team.call(HttpMethod.PUT, team.path("/members/" + admin.memberId() + "/roles"), member.token(),
                Map.of("roles", List.of("MEMBER"))), HttpStatus.FORBIDDEN, "forbidden");
        assertRefused(team.call(HttpMethod.PUT, team.path("/members/" + member.memberId() + "/roles"),
                team.owner.token(), Map.of("roles", List.of("OWNER"))), HttpStatus.BAD_REQUEST, "invalid-roles");
        assertRefused(team.call(HttpMethod.PUT, team.path("/members/" + member.memberId() + "/roles"),
                team.owner.token(), Map.of("roles", List.of())), HttpStatus.BAD_REQUEST, "invalid-roles");
        assertRefused(team.call(HttpMethod.PUT, team.path("/members/" + member.memberId() + "/roles"),
                team.owner.token(), Map.of("roles", List.of("KING"))), HttpStatus.BAD_REQUEST, "invalid-roles");
        assertRefused(team.call(HttpMethod.PUT, team.path("/members/" + UUID.randomUUID() + "/roles"),
                team.owner.token(), Map.of("roles", List.of("ADMIN"))), HttpStatus.NOT_FOUND, "not-found");
        assertRefused(team.call(HttpMethod.PUT, "/workspaces/" + UUID.randomUUID() + "/members/" + member.memberId()
                + "/roles", team.owner.token(), Map.of("roles", List.of("ADMIN"))), HttpStatus.NOT_FOUND, "not-found");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aMemberIdFromAnotherWorkspaceAnswersNotFound() {
        Person member = team.active("member", Role.MEMBER);
        try (Team other = new Team(accounts(), http, kafkaBootstrapServers(), events, 3)) {
            assertRefused(other.call(HttpMethod.PUT, other.path("/members/" + member.memberId() + "/roles"),
                    other.owner.token(), Map.of("roles", List.of("ADMIN"))), HttpStatus.NOT_FOUND, "not-found");
            assertRefused(other.call(HttpMethod.POST, team.path("/members/" + member.memberId() + "/revoke"),
                    other.owner.token(), null), HttpStatus.NOT_FOUND, "not-found");
        }
    }

    @Test
    void ownershipGoesToAnActiveAdminAndTheOldOwnerBecomesAdmin() {
        Person admin = team.active("admin", Role.ADMIN);

        ResponseEntity<JsonNode> answer = team.call(HttpMethod.POST, team.path("/ownership"), team.owner.token(),
                Map.of("memberId", admin.memberId()));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().path("ownerMemberId").asText()).isEqualTo(admin.memberId().toString());
        Received transferred = events.awaitFirst(ofType("OwnershipTransferred")
                .and(withData("workspaceId", team.workspaceId)));
        assertThat(transferred.data().path("toAccountId").asText()).isEqualTo(admin.accountId().toString());
        assertThat(transferred.data().path("fromAccountId").asText()).isEqualTo(team.owner.accountId().toString());
        // the former owner is an admin now: it may no longer transfer, but may still administer
        assertRefused(team.call(HttpMethod.POST, team.path("/ownership"), team.owner.token(),
                Map.of("memberId", admin.memberId())), HttpStatus.FORBIDDEN, "forbidden");
    }

    @Test
    void twoRacingTransfersLeaveExactlyOneOwner() throws Exception {
        Person ann = team.active("ann", Role.ADMIN);
        Person bob = team.active("bob", Role.ADMIN);
        CountDownLatch start = new CountDownLatch(1);

        CompletableFuture<HttpStatus> toAnn = CompletableFuture.supplyAsync(() -> transferAfter(start, ann));
        CompletableFuture<HttpStatus> toBob = CompletableFuture.supplyAsync(() -> transferAfter(start, bob));
        start.countDown();

        assertThat(List.of(toAnn.get(), toBob.get())).containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.FORBIDDEN);
        assertThat(database().getCollection("domainevents").countDocuments(Filters.and(
                Filters.eq("aggregateIdentifier", team.workspaceId.toString()),
                Filters.regex("payloadType", "OwnershipTransferred$")))).isEqualTo(1);
    }

    private HttpStatus transferAfter(CountDownLatch start, Person to) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return HttpStatus.valueOf(team.call(HttpMethod.POST, team.path("/ownership"), team.owner.token(),
                Map.of("memberId", to.memberId())).getStatusCode().value());
    }

    @Test
    void ownershipIsRefusedToAPendingMemberOrANonAdmin() {
        Person member = team.active("member", Role.MEMBER);
        UUID pending = team.invited(uniqueEmail("pending"), UUID.randomUUID(), Role.ADMIN);
        long before = storedEvents();

        assertRefused(team.call(HttpMethod.POST, team.path("/ownership"), team.owner.token(),
                Map.of("memberId", pending)), HttpStatus.CONFLICT, "not-an-active-admin");
        assertRefused(team.call(HttpMethod.POST, team.path("/ownership"), team.owner.token(),
                Map.of("memberId", member.memberId())), HttpStatus.CONFLICT, "not-an-active-admin");
        assertRefused(team.call(HttpMethod.POST, team.path("/ownership"), team.owner.token(), Map.of()),
                HttpStatus.BAD_REQUEST, "invalid-input");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void revokingReleasesTheSeatAndKeepsTheMemberListed() {
        Person member = team.active("member", Role.MEMBER);

        ResponseEntity<JsonNode> answer = team.call(HttpMethod.POST,
                team.path("/members/" + member.memberId() + "/revoke"), team.owner.token(), null);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().path("guidance").asText()).isEqualTo("Invite");
        events.awaitFirst(ofType("MemberRevoked").and(withData("memberId", member.memberId())));
        Received released = events.awaitFirst(ofType("SeatReleased").and(withData("memberId", member.memberId())));
        assertThat(released.data().path("reason").asText()).isEqualTo("REVOKED");
        assertRefused(team.call(HttpMethod.POST, team.path("/members/" + member.memberId() + "/revoke"),
                team.owner.token(), null), HttpStatus.CONFLICT, "nothing-to-revoke");
    }

    @Test
    void nobodyRevokesOrRemovesTheOwner() {
        Person admin = team.active("admin", Role.ADMIN);
        UUID owner = team.ownerMemberId();
        long before = storedEvents();

        assertRefused(team.call(HttpMethod.POST, team.path("/members/" + owner + "/revoke"), admin.token(), null),
                HttpStatus.FORBIDDEN, "owner-protected");
        assertRefused(team.call(HttpMethod.DELETE, team.path("/members/" + owner), team.owner.token(), null),
                HttpStatus.FORBIDDEN, "owner-protected");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void removingTakesTheMemberOffTheList() {
        Person member = team.active("member", Role.MEMBER);

        ResponseEntity<JsonNode> answer = team.call(HttpMethod.DELETE, team.path("/members/" + member.memberId()),
                team.owner.token(), null);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        events.awaitFirst(ofType("MemberRemoved").and(withData("memberId", member.memberId())));
        assertRefused(team.call(HttpMethod.DELETE, team.path("/members/" + member.memberId()), team.owner.token(),
                null), HttpStatus.NOT_FOUND, "not-found");
    }

    private long storedEvents() {
        return database().getCollection("domainevents")
                .countDocuments(Filters.eq("aggregateIdentifier", team.workspaceId.toString()));
    }

    static void assertRefused(ResponseEntity<JsonNode> answer, HttpStatus status, String code) {
        assertThat(answer.getStatusCode()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(answer.getBody().path("code").asText()).isEqualTo(code);
    }
}
