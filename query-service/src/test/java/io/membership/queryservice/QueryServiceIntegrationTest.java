package io.membership.queryservice;

import com.fasterxml.jackson.databind.JsonNode;
import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.Role;
import io.membership.contract.membership.RejectionReason;
import io.membership.contract.membership.ReleaseReason;
import io.membership.queryservice.testing.QueryServiceContext;
import io.membership.queryservice.testing.Story;
import io.membership.queryservice.testing.Story.Invitee;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A workspace's story published as CloudEvents on the real topics, then read back over REST with real tokens: the
 * members page with its guidance column, seats, the audit log, my workspaces, and the refusals.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryServiceIntegrationTest extends QueryServiceContext {

    private final Story acme = new Story("Acme", "olivia@acme.test");
    private final Story globex = new Story("Globex", "gus@globex.test");
    private final Invitee ada = Story.invitee("ada@acme.test");
    private final Invitee bob = Story.invitee("bob@acme.test");
    private final Invitee cyd = Story.invitee("cyd@acme.test");
    private final Invitee dan = Story.invitee("dan@acme.test");
    private final Invitee eve = Story.invitee("eve@acme.test");
    private final Invitee sam = Story.invitee("sam@globex.test");
    private final Invitee oliviaAtGlobex = new Invitee(UUID.randomUUID(), "olivia@acme.test", UUID.randomUUID(),
            acme.ownerAccountId);
    private final List<EventEnvelope<Event>> acmeEvents = new ArrayList<>();

    @BeforeAll
    void publishTheStory() {
        List<EventEnvelope<Event>> all = new ArrayList<>();
        all.add(acme.accountRegistered(acme.ownerAccountId, "olivia@acme.test"));
        acmeEvents.addAll(List.of(acme.created(3),
                acme.requested(bob, Role.MEMBER), acme.sent(bob, 1),
                acme.added(bob, Role.MEMBER), acme.reserved(bob),
                acme.added(ada, Role.ADMIN), acme.reserved(ada), acme.sent(ada, 1), acme.accepted(ada),
                acme.joined(ada, Role.ADMIN),
                acme.added(cyd, Role.MEMBER),
                acme.added(dan, Role.MEMBER), acme.reserved(dan), acme.expired(dan),
                acme.released(dan, ReleaseReason.EXPIRED),
                acme.added(eve, Role.MEMBER), acme.seatRejected(eve, RejectionReason.NO_FREE_SEAT)));
        all.addAll(acmeEvents);
        all.addAll(List.of(globex.created(2), globex.added(oliviaAtGlobex, Role.ADMIN), globex.reserved(oliviaAtGlobex),
                globex.joined(oliviaAtGlobex, Role.ADMIN),
                globex.added(sam, Role.MEMBER), globex.reserved(sam), globex.joined(sam, Role.MEMBER)));
        all.add(acme.switchedTo(acme.ownerAccountId, globex.workspaceId));
        publish(all);
    }

    @Test
    void theMembersPageShowsGuidanceAndConfirmationSortedByEmail() {
        JsonNode page = awaitMembersPage(6);

        assertThat(page.path("total").asLong()).isEqualTo(6);
        assertThat(page.path("page").asInt()).isZero();
        assertThat(page.path("size").asInt()).isEqualTo(50);
        List<String> rows = new ArrayList<>();
        page.path("items").forEach(row -> rows.add(row.path("email").asText() + " " + row.path("state").asText()
                + " " + row.path("guidance").asText() + " " + row.path("confirmation").asText() + " "
                + row.path("reason").asText("-")));
        assertThat(rows).containsExactly(
                "ada@acme.test ACTIVE OK Confirmed -",
                "bob@acme.test INVITED Wait Not confirmed -",
                "cyd@acme.test ADDED Invite Not confirmed -",
                "dan@acme.test EXPIRED Re-invite Not confirmed expired",
                "eve@acme.test DELIVERY_FAILED Re-invite Not confirmed no free seat",
                "olivia@acme.test ACTIVE OK Confirmed -");
        JsonNode bobRow = page.path("items").get(1);
        assertThat(bobRow.path("memberId").asText()).isEqualTo(bob.memberId().toString());
        assertThat(bobRow.path("roles")).hasSize(1);
        assertThat(bobRow.path("roles").get(0).asText()).isEqualTo("MEMBER");
        assertThat(Instant.parse(bobRow.path("invitedAt").asText())).isBefore(
                Instant.parse(bobRow.path("expiresAt").asText()));
        assertThat(page.path("items").get(0).path("roles").get(0).asText()).isEqualTo("ADMIN");
    }

    @Test
    void membersCanBeFilteredAndPaged() {
        awaitMembersPage(6);

        JsonNode invited = get("/workspaces/" + acme.workspaceId + "/members?state=invited", owner()).body();
        assertThat(invited.path("items")).hasSize(1);
        assertThat(invited.path("items").get(0).path("email").asText()).isEqualTo("bob@acme.test");

        JsonNode second = get("/workspaces/" + acme.workspaceId + "/members?search=ACME&page=1&size=4", owner()).body();
        assertThat(second.path("total").asLong()).isEqualTo(6);
        assertThat(second.path("items")).hasSize(2);
    }

    @Test
    void seatsCountReservedAndUsedSeatsPerProduct() {
        awaitMembersPage(6);

        Response seats = get("/workspaces/" + acme.workspaceId + "/seats", owner());

        assertThat(seats.status()).isEqualTo(200);
        assertThat(seats.body().get(0).path("product").asText()).isEqualTo("workspace");
        assertThat(seats.body().get(0).path("purchased").asInt()).isEqualTo(3);
        assertThat(seats.body().get(0).path("reserved").asInt()).isEqualTo(1);
        assertThat(seats.body().get(0).path("used").asInt()).isEqualTo(2);
        assertThat(seats.body().get(0).path("free").asInt()).isZero();
        assertThat(seats.body().get(1).path("product").asText()).isEqualTo("conversations");
        assertThat(seats.body().get(1).path("free").asInt()).isEqualTo(2);
    }

    @Test
    void theAuditLogListsEveryWorkspaceEventNewestFirstWithEmails() {
        JsonNode audit = await().atMost(Duration.ofSeconds(30)).until(
                () -> get("/workspaces/" + acme.workspaceId + "/audit?limit=200", owner()).body(),
                body -> body.path("items").size() == acmeEvents.size());

        JsonNode newest = audit.path("items").get(0);
        EventEnvelope<Event> last = acmeEvents.get(acmeEvents.size() - 1);
        assertThat(newest.path("eventId").asText()).isEqualTo(last.id());
        assertThat(newest.path("action").asText()).isEqualTo("SeatReservationRejected");
        assertThat(newest.path("subjectEmail").asText()).isEqualTo("eve@acme.test");
        assertThat(newest.path("actorEmail").asText()).isEqualTo("olivia@acme.test");
        assertThat(newest.path("source").asText()).isEqualTo("membership-service");
        assertThat(newest.path("correlationId").asText()).isEqualTo(last.correlationId());
        assertThat(audit.path("nextBefore").isNull()).isTrue();

        JsonNode firstPage = get("/workspaces/" + acme.workspaceId + "/audit?limit=5", owner()).body();
        JsonNode secondPage = get("/workspaces/" + acme.workspaceId + "/audit?limit=5&before="
                + firstPage.path("nextBefore").asText(), owner()).body();
        assertThat(secondPage.path("items").get(0).path("eventId").asText())
                .isEqualTo(acmeEvents.get(acmeEvents.size() - 6).id());
    }

    @Test
    void myWorkspacesMarksTheOneSwitchedTo() {
        JsonNode mine = await().atMost(Duration.ofSeconds(30)).until(() -> get("/me/workspaces", owner()).body(),
                body -> body.size() == 2 && body.get(1).path("current").asBoolean());

        assertThat(mine.get(0).path("workspaceId").asText()).isEqualTo(acme.workspaceId.toString());
        assertThat(mine.get(0).path("name").asText()).isEqualTo("Acme");
        assertThat(mine.get(0).path("roles").get(0).asText()).isEqualTo("OWNER");
        assertThat(mine.get(0).path("current").asBoolean()).isFalse();
        assertThat(mine.get(1).path("name").asText()).isEqualTo("Globex");
        assertThat(mine.get(1).path("roles").get(0).asText()).isEqualTo("ADMIN");
    }

    @Test
    void refusalsAreProblemDetails() {
        awaitMembersPage(6);
        String members = "/workspaces/" + acme.workspaceId + "/members";

        assertProblem(get(members, null), 401);
        assertProblem(get("/workspaces/" + globex.workspaceId + "/members", token(ada)), 404);
        assertProblem(get("/workspaces/" + UUID.randomUUID() + "/members", owner()), 404);
        assertProblem(get(members + "?size=201", owner()), 400);
        assertProblem(get(members + "?size=abc", owner()), 400);
        assertProblem(get(members + "?state=GONE", owner()), 400);
        assertProblem(get("/workspaces/not-a-uuid/members", owner()), 400);
        assertProblem(get("/workspaces/" + acme.workspaceId + "/audit?before=yesterday", owner()), 400);
        assertProblem(get("/workspaces/" + acme.workspaceId + "/audit?limit=0", owner()), 400);
        assertThat(get("/me/workspaces", "not-a-jwt").status()).isEqualTo(401);
    }

    @Test
    void anAdminListsMembersButAnAssistantMayNot() {
        String globexMembers = "/workspaces/" + globex.workspaceId + "/members";
        await().atMost(Duration.ofSeconds(30)).until(() -> get(globexMembers, owner()).body().path("total").asInt() == 3);

        assertProblem(get(globexMembers, token(sam)), 403);
        assertProblem(get("/workspaces/" + globex.workspaceId + "/seats", token(sam)), 403);
        assertProblem(get("/workspaces/" + globex.workspaceId + "/audit", token(sam)), 403);
        assertThat(get("/workspaces/" + globex.workspaceId + "/audit", owner()).status()).isEqualTo(200);
    }

    @Test
    void metricsCountProjectedEventsPerTopic() {
        awaitMembersPage(6);
        Response metrics = getText("/actuator/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("query_events_projected_total{topic=\"workspace.membership.events\"")
                .contains("query_events_projected_total{topic=\"workspace.invitation.events\"");
    }

    private JsonNode awaitMembersPage(int rows) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(
                () -> get("/workspaces/" + acme.workspaceId + "/members", owner()).body(),
                body -> body.path("total").asInt() == rows && body.path("items").path(1).hasNonNull("invitedAt"));
    }

    private String owner() {
        return IDENTITY.token(acme.ownerAccountId, acme.ownerEmail);
    }

    private Response getText(String path) {
        return get(path, null);
    }
}
