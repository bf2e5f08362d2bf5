package io.membership.queryservice.members.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.membership.contract.AccessLevel;
import io.membership.contract.Products;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The members page over REST: filters, sort, cursor paging, row and selection actions, CSV export, refusals. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembersPageIntegrationTest extends QueryServiceContext {

    private final Story acme = new Story("Acme", "olivia@acme.test");
    private final Invitee ada = Story.invitee("ada@acme.test");
    private final Invitee bob = Story.invitee("bob@acme.test");
    private final Invitee cyd = Story.invitee("cyd@acme.test");
    private final Invitee sam = Story.invitee("sam@acme.test");
    private final Invitee gone = Story.invitee("gone@acme.test");
    private String members;

    @BeforeAll
    void publishTheStory() {
        members = "/workspaces/" + acme.workspaceId + "/members";
        publish(List.of(acme.created(10),
                acme.added(ada, Role.MEMBER), acme.reserved(ada), acme.sent(ada, 1), acme.joined(ada, Role.MEMBER),
                acme.rolesChanged(ada, Set.of(Role.MEMBER), Role.ADMIN), acme.tagged(ada, "sales", "vip"),
                acme.addOn(ada, Products.CONVERSATIONS, AccessLevel.NO_ACCESS, AccessLevel.AGENT),
                acme.added(bob, Role.MEMBER), acme.reserved(bob), acme.sent(bob, 1), acme.tagged(bob, "sales"),
                acme.added(cyd, Role.MEMBER),
                acme.added(sam, Role.MEMBER), acme.reserved(sam), acme.joined(sam, Role.MEMBER),
                acme.added(gone, Role.MEMBER), acme.removed(gone)));
        await().atMost(Duration.ofSeconds(30)).until(() -> get(members + "?tag=sales", owner()).body()
                .path("total").asInt() == 2 && get(members, owner()).body().path("total").asInt() == 5);
    }

    @Test
    void rowsCarryRolesTagsAddOnsGuidanceAndActions() {
        JsonNode adaRow = get(members + "?emailPrefix=ada", owner()).body().path("items").get(0);

        assertThat(adaRow.path("roles").toString()).isEqualTo("[\"ADMIN\"]");
        assertThat(adaRow.path("tags").toString()).isEqualTo("[\"sales\",\"vip\"]");
        assertThat(adaRow.path("addOns").path("conversations").asText()).isEqualTo("AGENT");
        assertThat(adaRow.path("workspaceSeat").asBoolean()).isTrue();
        assertThat(texts(adaRow.path("actions"))).contains("revoke", "transfer-ownership", "edit-roles")
                .doesNotContain("invite", "cancel");
        JsonNode ownerRow = get(members + "?role=owner", owner()).body().path("items").get(0);
        assertThat(ownerRow.path("actions")).isEmpty();
    }

    @Test
    void filtersAcceptRepeatedCommaSeparatedAndLooselyWrittenValues() {
        assertThat(emails(get(members + "?state=invited,added", owner()).body()))
                .containsExactly("bob@acme.test", "cyd@acme.test");
        assertThat(emails(get(members + "?guidance=wait&guidance=Invite", owner()).body()))
                .containsExactly("bob@acme.test", "cyd@acme.test");
        assertThat(emails(get(members + "?confirmation=not%20confirmed", owner()).body()))
                .containsExactly("bob@acme.test", "cyd@acme.test");
        assertThat(emails(get(members + "?role=MEMBER&tag=sales", owner()).body()))
                .containsExactly("bob@acme.test");
    }

    @Test
    void aCursorWalksTheWholeListAndTheLastPageEndsIt() {
        List<String> walked = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = get(members + "?sort=invitedAt&order=desc&size=2"
                    + (next == null ? "" : "&cursor=" + next), owner()).body();
            walked.addAll(emails(page));
            next = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
        } while (next != null);

        assertThat(walked).hasSize(5).doesNotHaveDuplicates().doesNotContain("gone@acme.test");
        assertThat(walked.subList(0, 2)).containsExactly("bob@acme.test", "ada@acme.test");
        assertThat(walked.subList(2, 5)).containsExactlyInAnyOrder("cyd@acme.test", "olivia@acme.test",
                "sam@acme.test");
    }

    @Test
    void pagingMistakesAreRefused() {
        String cursor = get(members + "?size=1", owner()).body().path("nextCursor").asText();

        assertProblem(get(members + "?cursor=" + cursor + "&page=1", owner()), 400);
        assertProblem(get(members + "?cursor=" + cursor + "&sort=state", owner()), 400);
        assertProblem(get(members + "?cursor=" + cursor + "&state=active", owner()), 400);
        assertProblem(get(members + "?cursor=garbage", owner()), 400);
        assertProblem(get(members + "?sort=name", owner()), 400);
        assertProblem(get(members + "?order=up", owner()), 400);
        assertProblem(get(members + "?guidance=later", owner()), 400);
        assertProblem(get(members + "?size=0", owner()), 400);
        assertThat(get(members + "?page=9", owner()).body().path("items")).isEmpty();
    }

    @Test
    void theSelectionEnablesTheButtonsEveryMemberAllows() {
        JsonNode actions = get(members + "/actions?memberId=" + ada.memberId() + "&memberId=" + bob.memberId(),
                owner()).body();

        assertThat(actions.path("selected").asInt()).isEqualTo(2);
        assertThat(button(actions, "remove").path("enabled").asBoolean()).isTrue();
        assertThat(button(actions, "cancel").path("enabled").asBoolean()).isFalse();
        assertThat(button(actions, "cancel").path("allowedFor").asInt()).isEqualTo(1);
        assertProblem(get(members + "/actions", owner()), 400);
        assertProblem(get(members + "/actions?memberId=" + UUID.randomUUID(), owner()), 404);
        assertProblem(get(members + "/actions?memberId=" + gone.memberId(), owner()), 404);
        assertProblem(get(members + "/actions?memberId=" + bob.memberId(), token(sam)), 403);
    }

    @Test
    void theExportIsCsvInTheImportColumnsFirst() throws IOException {
        Response export = get(members + "/export?state=active,invited", owner());

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.header("Content-Disposition")).contains("attachment");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(export.text())).getRecords();
        assertThat(rows).extracting(r -> r.get("email"))
                .containsExactly("ada@acme.test", "bob@acme.test", "olivia@acme.test", "sam@acme.test");
        assertThat(rows.get(0).get("roles")).isEqualTo("ADMIN");
        assertThat(rows.get(0).get("tags")).isEqualTo("sales;vip");
        assertThat(rows.get(1).get("guidance")).isEqualTo("Wait");
        assertThat(rows.get(1).get("expiresAt")).isNotBlank();
        assertThat(rows.get(0).getParser().getHeaderNames()).startsWith("email", "roles", "tags");
    }

    @Test
    void onlyOwnersAndAdminsListOrExport() {
        assertProblem(get(members, token(sam)), 403);
        assertProblem(get(members + "/export", token(sam)), 403);
        assertProblem(get(members + "/export", null), 401);
        assertProblem(get(members + "/export", token(UUID.randomUUID(), "x@y.test")), 404);
        assertThat(get(members, token(ada)).status()).isEqualTo(200);
    }

    private String owner() {
        return token(acme.ownerAccountId, acme.ownerEmail);
    }

    private static JsonNode button(JsonNode actions, String name) {
        for (JsonNode button : actions.path("actions")) {
            if (button.path("action").asText().equals(name)) {
                return button;
            }
        }
        throw new AssertionError("no button " + name);
    }

    private static List<String> emails(JsonNode page) {
        List<String> emails = new ArrayList<>();
        page.path("items").forEach(row -> emails.add(row.path("email").asText()));
        return emails;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
