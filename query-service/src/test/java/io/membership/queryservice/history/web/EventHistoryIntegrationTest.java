package io.membership.queryservice.history.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.membership.contract.Role;
import io.membership.contract.Topics;
import io.membership.queryservice.testing.QueryServiceContext;
import io.membership.queryservice.testing.Story;
import io.membership.queryservice.testing.Story.Invitee;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The raw event history: every record of a workspace with its position, new event types included. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventHistoryIntegrationTest extends QueryServiceContext {

    private final Story acme = new Story("Acme", "olivia@acme.test");
    private final Invitee ada = Story.invitee("ada@acme.test");
    private final Invitee sam = Story.invitee("sam@acme.test");
    private String events;

    @BeforeAll
    void publishTheStory() {
        events = "/workspaces/" + acme.workspaceId + "/events";
        publish(List.of(acme.created(5), acme.requested(ada, Role.MEMBER), acme.added(ada, Role.MEMBER),
                acme.reserved(ada), acme.sent(ada, 1), acme.emailed(ada),
                acme.added(sam, Role.MEMBER), acme.reserved(sam), acme.joined(sam, Role.MEMBER)));
        String future = """
                {"specversion":"1.0","id":"future-1","source":"membership-service","type":"MemberBadgeAwarded",
                 "subject":"%s","time":"2026-01-01T00:00:00Z","workspaceid":"%s","actor":"system","sequence":99,
                 "data":{"badge":"gold"}}""".formatted(acme.workspaceId, acme.workspaceId);
        publishRaw(Topics.MEMBERSHIP_EVENTS, acme.workspaceId.toString(), future.getBytes(StandardCharsets.UTF_8));
        publishRaw(Topics.MEMBERSHIP_EVENTS, acme.workspaceId.toString(), "not json".getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(30)).until(() -> get(events, owner()).body().path("items").size() == 10);
    }

    @Test
    void eventsComeTopicByTopicInOffsetOrderWithTheirEnvelope() {
        JsonNode items = get(events, owner()).body().path("items");

        List<String> order = new ArrayList<>();
        long previousOffset = -1;
        String previousTopic = "";
        for (JsonNode item : items) {
            order.add(item.path("topic").asText() + " " + item.path("event").path("type").asText());
            if (item.path("topic").asText().equals(previousTopic)) {
                assertThat(item.path("offset").asLong()).isGreaterThan(previousOffset);
            }
            previousTopic = item.path("topic").asText();
            previousOffset = item.path("offset").asLong();
        }
        assertThat(order).containsExactly(
                "workspace.invitation.events InvitationRequested", "workspace.invitation.events InvitationSent",
                "workspace.membership.events WorkspaceCreated", "workspace.membership.events MemberAdded",
                "workspace.membership.events SeatReserved", "workspace.membership.events MemberAdded",
                "workspace.membership.events SeatReserved", "workspace.membership.events MemberJoined",
                "workspace.membership.events MemberBadgeAwarded",
                "workspace.notification.events NotificationSent");
        JsonNode created = items.get(2).path("event");
        assertThat(created.path("specversion").asText()).isEqualTo("1.0");
        assertThat(created.path("subject").asText()).isEqualTo(acme.workspaceId.toString());
        assertThat(created.path("data").path("name").asText()).isEqualTo("Acme");
    }

    @Test
    void anUnknownEventTypeIsKeptButChangesNoReadModel() {
        JsonNode members = get("/workspaces/" + acme.workspaceId + "/members", owner()).body();

        assertThat(members.path("total").asInt()).isEqualTo(3);
        assertThat(get(events + "?topic=" + Topics.MEMBERSHIP_EVENTS + "&limit=500", owner()).body()
                .path("items")).hasSize(7);
    }

    @Test
    void aCursorContinuesWhereThePageEnded() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = get(events + "?limit=3" + (cursor == null ? "" : "&cursor=" + cursor), owner()).body();
            page.path("items").forEach(item -> ids.add(item.path("event").path("id").asText()));
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
            pages++;
        } while (cursor != null);

        assertThat(ids).hasSize(10).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo(4);
    }

    @Test
    void onlyOwnersAdminsAndAuditorsReadItAndBadParametersAreRefused() {
        assertProblem(get(events, token(sam)), 403);
        assertProblem(get(events, null), 401);
        assertProblem(get(events + "?topic=secrets", owner()), 400);
        assertProblem(get(events + "?cursor=abc", owner()), 400);
        assertProblem(get(events + "?limit=501", owner()), 400);
    }

    private String owner() {
        return token(acme.ownerAccountId, acme.ownerEmail);
    }
}
