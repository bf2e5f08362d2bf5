package io.membership.queryservice.access.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.membership.contract.AccessLevel;
import io.membership.contract.Products;
import io.membership.contract.Role;
import io.membership.queryservice.testing.QueryServiceContext;
import io.membership.queryservice.testing.Story;
import io.membership.queryservice.testing.Story.Invitee;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** "May account X do P here?" over REST, one permission or many, and who may ask. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessCheckIntegrationTest extends QueryServiceContext {

    private final Story acme = new Story("Acme", "olivia@acme.test");
    private final Invitee ada = Story.invitee("ada@acme.test");
    private final Invitee sam = Story.invitee("sam@acme.test");
    private final Invitee pat = Story.invitee("pat@acme.test");
    private String check;

    @BeforeAll
    void publishTheStory() {
        check = "/workspaces/" + acme.workspaceId + "/access/check";
        publish(List.of(acme.created(10),
                acme.added(ada, Role.ADMIN), acme.reserved(ada), acme.joined(ada, Role.ADMIN),
                acme.added(sam, Role.MEMBER), acme.reserved(sam), acme.joined(sam, Role.MEMBER),
                acme.addOn(sam, Products.CONVERSATIONS, AccessLevel.NO_ACCESS, AccessLevel.VIEWER),
                acme.added(pat, Role.MEMBER), acme.reserved(pat)));
        await().atMost(Duration.ofSeconds(30)).until(() -> get(check + "?permission=conversations.read",
                token(sam)).body().path("allowed").asBoolean());
    }

    @Test
    void aMemberAsksAboutItself() {
        JsonNode answer = get(check + "?permission=contacts.search-by-email", token(sam)).body();

        assertThat(answer.path("account").asText()).isEqualTo(sam.accountId().toString());
        assertThat(answer.path("allowed").asBoolean()).isTrue();
        assertThat(answer.path("rule").asText()).isEqualTo("assistant-workspace-data");
        assertThat(get(check + "?permission=contacts.list", token(sam)).body().path("allowed").asBoolean())
                .isFalse();
    }

    @Test
    void anAdminAsksAboutAnyoneAndInBatch() {
        JsonNode answer = post(check, token(ada), """
                {"account":"%s","permissions":["conversations.read","conversations.act","contacts.export"]}"""
                .formatted(sam.accountId())).body();

        assertThat(answer.path("account").asText()).isEqualTo(sam.accountId().toString());
        assertThat(answer.path("results").get(0).path("allowed").asBoolean()).isTrue();
        assertThat(answer.path("results").get(0).path("rule").asText()).isEqualTo("conversations-viewer");
        assertThat(answer.path("results").get(1).path("allowed").asBoolean()).isFalse();
        assertThat(answer.path("results").get(2).path("allowed").asBoolean()).isFalse();
        JsonNode pending = get(check + "?account=" + pat.accountId() + "&permission=tags.manage", token(ada)).body();
        assertThat(pending.path("allowed").asBoolean()).isFalse();
        assertThat(pending.path("rule").asText()).isEqualTo("not-an-active-member");
    }

    @Test
    void onlyTheOwnerMayExportContacts() {
        assertThat(get(check + "?permission=contacts.export", owner()).body().path("rule").asText())
                .isEqualTo("owner-only");
        assertThat(get(check + "?permission=contacts.export", token(ada)).body().path("allowed").asBoolean())
                .isFalse();
    }

    @Test
    void othersAreToldNothing() {
        assertProblem(get(check + "?account=" + ada.accountId() + "&permission=tags.manage", token(sam)), 404);
        assertProblem(get(check + "?permission=tags.manage", token(pat)), 404);
        assertProblem(get(check + "?permission=tags.manage", token(UUID.randomUUID(), "x@y.test")), 404);
        assertProblem(get(check + "?permission=tags.manage", null), 401);
    }

    @Test
    void badQuestionsAreRefused() {
        Response unknown = get(check + "?permission=nuclear.launch", token(sam));
        assertProblem(unknown, 400);
        assertThat(unknown.text()).doesNotContain("contacts.export");
        assertProblem(get(check, token(sam)), 400);
        assertProblem(get(check + "?permission=tags.manage&account=nobody", token(sam)), 400);
        assertProblem(post(check, token(sam), "{\"permissions\":[]}"), 400);
        assertProblem(post(check, token(sam), "{not json"), 400);
    }

    private String owner() {
        return token(acme.ownerAccountId, acme.ownerEmail);
    }
}
