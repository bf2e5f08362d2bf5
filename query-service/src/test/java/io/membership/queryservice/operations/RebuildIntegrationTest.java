package io.membership.queryservice.operations;

import io.membership.contract.AccessLevel;
import io.membership.contract.Products;
import io.membership.contract.Role;
import io.membership.contract.membership.ReleaseReason;
import io.membership.queryservice.testing.QueryServiceContext;
import io.membership.queryservice.testing.Story;
import io.membership.queryservice.testing.Story.Invitee;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Dropping every read model and replaying the topics gives back exactly what was built event by event. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebuildIntegrationTest extends QueryServiceContext {

    private final Story acme = new Story("Acme", "olivia@acme.test");
    private final Invitee ada = Story.invitee("ada@acme.test");
    private final Invitee bob = Story.invitee("bob@acme.test");
    private final Invitee cyd = Story.invitee("cyd@acme.test");

    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private ProjectionLagMetrics lag;

    @BeforeAll
    void publishTheStory() {
        publish(List.of(acme.accountRegistered(acme.ownerAccountId, acme.ownerEmail), acme.created(3),
                acme.requested(ada, Role.MEMBER), acme.added(ada, Role.MEMBER), acme.reserved(ada), acme.sent(ada, 1),
                acme.emailed(ada), acme.accepted(ada), acme.joined(ada, Role.MEMBER),
                acme.rolesChanged(ada, Set.of(Role.MEMBER), Role.ADMIN), acme.tagged(ada, "vip"),
                acme.addOn(ada, Products.CONVERSATIONS, AccessLevel.NO_ACCESS, AccessLevel.AGENT),
                acme.added(bob, Role.MEMBER), acme.reserved(bob), acme.sent(bob, 1), acme.emailFailed(bob, true),
                acme.released(bob, ReleaseReason.DELIVERY_FAILED),
                acme.added(cyd, Role.MEMBER), acme.removed(cyd),
                acme.capacityChanged(Products.WORKSPACE, 3, 5), acme.switchedTo(acme.ownerAccountId, acme.workspaceId)));
        awaitNoLag();
    }

    @Test
    void aRebuildGivesIdenticalReadModelsAndReportsItsProgress() {
        Map<String, Map<String, Document>> before = snapshot();
        assertThat(before.get("members")).isNotEmpty();

        Response started = post("/admin/rebuild", operator(), null);
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.body().path("state").asText()).isIn("RUNNING", "DONE");
        assertThat(started.body().path("partitions")).isNotEmpty();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> get("/admin/rebuild", operator()).body().path("state").asText().equals("DONE"));
        Response done = get("/admin/rebuild", operator());
        assertThat(done.body().path("percent").asInt()).isEqualTo(100);
        assertThat(done.body().path("finishedAt").isNull()).isFalse();
        awaitNoLag();

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void onlyOperatorsMayRebuild() {
        assertProblem(post("/admin/rebuild", token(acme.ownerAccountId, acme.ownerEmail), null), 403);
        assertProblem(get("/admin/rebuild", token(acme.ownerAccountId, acme.ownerEmail)), 403);
        assertProblem(post("/admin/rebuild", null, null), 401);
    }

    @Test
    void projectionLagIsAGaugePerTopicPartition() {
        lag.refresh();
        String metrics = get("/actuator/prometheus", null).text();

        assertThat(metrics).contains("query_projection_lag{group=")
                .contains("partition=\"0\"").contains("topic=\"workspace.membership.events\"");
    }

    private void awaitNoLag() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> lag.refresh().values().stream().allMatch(l -> l == 0));
    }

    /** Every read model, each document without its optimistic-locking version (it counts writes, not content). */
    private Map<String, Map<String, Document>> snapshot() {
        Map<String, Map<String, Document>> all = new TreeMap<>();
        for (String collection : List.of("members", "workspaces", "accounts", "audit", "event_history",
                "applied_positions")) {
            Map<String, Document> documents = new TreeMap<>();
            for (Document document : mongo.findAll(Document.class, collection)) {
                document.remove("version");
                documents.put(String.valueOf(document.get("_id")), document);
            }
            all.put(collection, documents);
        }
        return all;
    }

    private static String operator() {
        return token(UUID.fromString(OPERATOR_ACCOUNT), "ops@example.com");
    }
}
