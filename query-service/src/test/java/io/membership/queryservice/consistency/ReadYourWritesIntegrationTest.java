package io.membership.queryservice.consistency;

import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.Role;
import io.membership.queryservice.testing.QueryServiceContext;
import io.membership.queryservice.testing.Story;
import io.membership.queryservice.testing.Story.Invitee;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A read that names a write with ?after= waits for it, and never answers without it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadYourWritesIntegrationTest extends QueryServiceContext {

    private final Story acme = new Story("Acme", "olivia@acme.test");
    private final Invitee ada = Story.invitee("ada@acme.test");
    private String members;

    @BeforeAll
    void publishTheStart() {
        members = "/workspaces/" + acme.workspaceId + "/members";
        publish(List.of(acme.created(10), acme.added(ada, Role.MEMBER)));
        await().atMost(Duration.ofSeconds(30)).until(() -> get(members, owner()).body().path("total").asInt() == 2);
    }

    @Test
    void aReadAfterAWriteWaitsUntilTheWriteIsApplied() throws Exception {
        EventEnvelope<Event> change = acme.rolesChanged(ada, Set.of(Role.MEMBER), Role.ADMIN);
        String token = change.subject() + ":" + change.sequence();

        CompletableFuture<Response> read = CompletableFuture.supplyAsync(
                () -> get(members + "?role=admin&after=" + token, owner()));
        publish(List.of(change));
        Response response = read.get(10, TimeUnit.SECONDS);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("X-Consistency")).isEqualTo("caught-up");
        assertThat(response.body().path("items").get(0).path("email").asText()).isEqualTo("ada@acme.test");
    }

    @Test
    void aWriteAlreadyAppliedAnswersAtOnceAndSeveralTokensAreAllAwaited() {
        Response response = get(members + "?after=" + acme.workspaceId + ":0," + acme.workspaceId + ":1", owner());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("X-Consistency")).isEqualTo("caught-up");
    }

    @Test
    void aWriteNeverAppliedIsRefusedAfterTheBoundRatherThanAnsweredStale() {
        Response response = get(members + "?after=" + acme.workspaceId + ":999", owner());

        assertProblem(response, 503);
        assertThat(response.body().path("code").asText()).isEqualTo("not-yet-consistent");
        assertThat(response.header("Retry-After")).isEqualTo("1");
    }

    @Test
    void malformedTokensAreRefused() {
        assertProblem(get(members + "?after=nonsense", owner()), 400);
        assertProblem(get(members + "?after=" + acme.workspaceId + ":-1", owner()), 400);
        assertProblem(get("/me/workspaces?after=a:1,b", owner()), 400);
    }

    private String owner() {
        return token(acme.ownerAccountId, acme.ownerEmail);
    }
}
