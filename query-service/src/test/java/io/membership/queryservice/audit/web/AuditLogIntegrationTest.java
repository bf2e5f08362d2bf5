package io.membership.queryservice.audit.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.Role;
import io.membership.queryservice.testing.QueryServiceContext;
import io.membership.queryservice.testing.Story;
import io.membership.queryservice.testing.Story.Invitee;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The audit log over REST: filters, before/after of role changes, CSV and NDJSON exports, who may read it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditLogIntegrationTest extends QueryServiceContext {

    private final Story acme = new Story("Acme", "olivia@acme.test");
    private final Invitee ada = Story.invitee("ada@acme.test");
    private final Invitee aud = Story.invitee("aud@acme.test");
    private final Invitee sam = Story.invitee("sam@acme.test");
    private final List<EventEnvelope<Event>> events = new ArrayList<>();
    private String audit;

    @BeforeAll
    void publishTheStory() {
        audit = "/workspaces/" + acme.workspaceId + "/audit";
        events.addAll(List.of(acme.created(10),
                acme.added(ada, Role.MEMBER), acme.reserved(ada), acme.sent(ada, 1), acme.joined(ada, Role.MEMBER),
                acme.rolesChanged(ada, Set.of(Role.MEMBER), Role.ADMIN, Role.MEMBER),
                acme.added(aud, Role.AUDITOR), acme.reserved(aud), acme.joined(aud, Role.AUDITOR),
                acme.added(sam, Role.MEMBER), acme.reserved(sam), acme.joined(sam, Role.MEMBER)));
        publish(events);
        await().atMost(Duration.ofSeconds(30)).until(() -> get(audit + "?limit=200", owner()).body()
                .path("items").size() == events.size());
    }

    @Test
    void aRoleChangeShowsItsBeforeAndAfter() {
        JsonNode page = get(audit + "?action=MemberRolesChanged", owner()).body();

        assertThat(page.path("items")).hasSize(1);
        JsonNode entry = page.path("items").get(0);
        assertThat(entry.path("before").asText()).isEqualTo("MEMBER");
        assertThat(entry.path("after").asText()).isEqualTo("MEMBER,ADMIN");
        assertThat(entry.path("subjectEmail").asText()).isEqualTo("ada@acme.test");
        assertThat(entry.path("actorEmail").asText()).isEqualTo("olivia@acme.test");
        assertThat(entry.path("source").asText()).isEqualTo("membership-service");
    }

    @Test
    void filtersNarrowByTimeActorSubjectAndAction() {
        String from = events.get(6).time().toString();
        String to = events.get(9).time().toString();
        assertThat(get(audit + "?from=" + from + "&to=" + to, owner()).body().path("items")).hasSize(3);
        assertThat(get(audit + "?actor=system", owner()).body().path("items")).hasSize(1);
        assertThat(get(audit + "?actor=Olivia@acme.test&limit=200", owner()).body().path("items"))
                .hasSize(events.size() - 1);
        assertThat(get(audit + "?actor=nobody@acme.test", owner()).body().path("items")).isEmpty();
        assertThat(get(audit + "?subject=ADA@acme.test&limit=200", owner()).body().path("items")).hasSize(5);
        assertThat(get(audit + "?subject=" + ada.memberId() + "&action=SeatReserved,MemberJoined", owner()).body()
                .path("items")).hasSize(2);
    }

    @Test
    void cursorPagingWithAFilterReachesTheEndExactly() {
        JsonNode first = get(audit + "?actor=" + acme.ownerAccountId + "&limit=6", owner()).body();
        JsonNode second = get(audit + "?actor=" + acme.ownerAccountId + "&limit=6&before="
                + first.path("nextBefore").asText(), owner()).body();
        JsonNode third = get(audit + "?actor=" + acme.ownerAccountId + "&limit=6&before="
                + second.path("nextBefore").asText(), owner()).body();

        assertThat(first.path("items")).hasSize(6);
        assertThat(second.path("items")).hasSize(5);
        assertThat(second.path("nextBefore").isNull()).isTrue();
        assertThat(third.path("items")).isEmpty();
    }

    @Test
    void exportsStreamEveryMatchingEntryAsCsvOrNdjson() throws IOException {
        Response csv = get(audit + "/export", owner());
        assertThat(csv.contentType()).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.text())).getRecords();
        assertThat(rows).hasSize(events.size());
        assertThat(rows.get(0).get("eventId")).isEqualTo(events.get(events.size() - 1).id());

        Response ndjson = get(audit + "/export?format=ndjson&action=MemberRolesChanged", token(aud));
        assertThat(ndjson.contentType()).startsWith("application/x-ndjson");
        String[] lines = ndjson.text().split("\n");
        assertThat(lines).hasSize(1);
        assertThat(json.readTree(lines[0]).path("after").asText()).isEqualTo("MEMBER,ADMIN");
    }

    @Test
    void onlyOwnersAdminsAndAuditorsReadIt() {
        assertThat(get(audit, token(aud)).status()).isEqualTo(200);
        assertThat(get(audit, token(ada)).status()).isEqualTo(200);
        assertProblem(get(audit, token(sam)), 403);
        assertProblem(get(audit + "/export", token(sam)), 403);
        assertProblem(get(audit + "/export", null), 401);
    }

    @Test
    void badFiltersAreRefused() {
        assertProblem(get(audit + "?from=yesterday", owner()), 400);
        assertProblem(get(audit + "?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", owner()), 400);
        assertProblem(get(audit + "?action=Hacked", owner()), 400);
        assertProblem(get(audit + "?actor=someone", owner()), 400);
        assertProblem(get(audit + "/export?format=xml", owner()), 400);
    }

    private String owner() {
        return token(acme.ownerAccountId, acme.ownerEmail);
    }
}
