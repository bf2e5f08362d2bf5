package io.membership.queryservice.members.projection;

import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.AccessLevel;
import io.membership.contract.MemberState;
import io.membership.contract.Products;
import io.membership.contract.Role;
import io.membership.contract.membership.ReleaseReason;
import io.membership.queryservice.testing.Envelopes;
import io.membership.queryservice.testing.ReadModels;
import io.membership.queryservice.testing.Story;
import io.membership.queryservice.testing.Story.Invitee;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Kafka keeps order within a topic, not across topics: the rows must come out the same in any interleaving. */
class MemberProjectionOrderingTest {

    private final Invitee ada = Story.invitee("ada@example.com");
    private final Invitee bob = Story.invitee("bob@example.com");

    @Test
    void invitationSentBeforeSeatReservedStillGivesAnInvitedRowWithItsDates() {
        Story story = new Story();
        EventEnvelope<Event> added = story.added(ada, Role.MEMBER);
        EventEnvelope<Event> reserved = story.reserved(ada);
        EventEnvelope<Event> sent = story.sent(ada, 1);

        ReadModels readModels = ReadModels.fresh().project(sent);
        assertThat(readModels.member(story.workspaceId, ada.memberId()).state()).isNull();
        readModels.project(added, reserved);

        MemberDocument member = readModels.member(story.workspaceId, ada.memberId());
        assertThat(member.state()).isEqualTo(MemberState.INVITED);
        assertThat(member.guidance()).isEqualTo("Wait");
        assertThat(member.invitedAt()).isEqualTo(sent.time());
        assertThat(member.expiresAt()).isNotNull();
    }

    @Test
    void seatReservedBeforeMemberAddedEndsInvitedAndKeepsTheRoles() {
        Story story = new Story();
        EventEnvelope<Event> added = story.added(ada, Role.MEMBER);
        EventEnvelope<Event> reserved = story.reserved(ada);

        ReadModels readModels = ReadModels.fresh().project(reserved, added);

        MemberDocument member = readModels.member(story.workspaceId, ada.memberId());
        assertThat(member.state()).isEqualTo(MemberState.INVITED);
        assertThat(member.roles()).containsExactly(Role.MEMBER);
        assertThat(member.email()).isEqualTo("ada@example.com");
    }

    @Test
    void deliveryFailureBeforeTheSeatIsReleasedEndsDeliveryFailed() {
        Story story = new Story();
        List<EventEnvelope<Event>> events = List.of(story.added(ada, Role.MEMBER), story.reserved(ada),
                story.sent(ada, 1), story.emailFailed(ada, true), story.released(ada, ReleaseReason.DELIVERY_FAILED));

        ReadModels readModels = ReadModels.fresh().project(events.get(3), events.get(2), events.get(4),
                events.get(0), events.get(1));

        MemberDocument member = readModels.member(story.workspaceId, ada.memberId());
        assertThat(member.state()).isEqualTo(MemberState.DELIVERY_FAILED);
        assertThat(member.reason()).isEqualTo("email could not be delivered");
    }

    @ParameterizedTest(name = "interleaving seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void anyInterleavingOfTheTopicsGivesTheSameRows(int seed) {
        Story story = new Story();
        List<EventEnvelope<Event>> inOrder = fullStory(story);
        Map<String, Document> expected = rows(ReadModels.fresh().project(array(inOrder)));

        Map<String, Document> actual = rows(ReadModels.fresh().project(array(interleave(inOrder, new Random(seed)))));

        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "interleaving seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void anyInterleavingOfAdministrationEventsGivesTheSameRows(int seed) {
        Story story = new Story();
        Invitee cyd = Story.invitee("cyd@example.com");
        List<EventEnvelope<Event>> inOrder = List.of(story.created(3),
                story.requested(ada, Role.MEMBER), story.added(ada, Role.MEMBER), story.reserved(ada),
                story.sent(ada, 1), story.resent(ada, 2), story.emailed(ada), story.accepted(ada),
                story.joined(ada, Role.MEMBER), story.rolesChanged(ada, Set.of(Role.MEMBER), Role.ADMIN),
                story.tagged(ada, "vip", "sales"),
                story.addOn(ada, Products.CONVERSATIONS, AccessLevel.NO_ACCESS, AccessLevel.VIEWER),
                story.ownershipTransferredTo(ada),
                story.requested(bob, Role.MEMBER), story.added(bob, Role.MEMBER), story.reserved(bob),
                story.sent(bob, 1), story.cancelled(bob), story.released(bob, ReleaseReason.CANCELLED),
                story.added(cyd, Role.MEMBER), story.reserved(cyd), story.sent(cyd, 1), story.joined(cyd, Role.MEMBER),
                story.revoked(cyd, Role.MEMBER), story.released(cyd, ReleaseReason.REVOKED), story.removed(cyd));
        Map<String, Document> expected = rows(ReadModels.fresh().project(array(inOrder)));

        Map<String, Document> actual = rows(ReadModels.fresh().project(array(interleave(inOrder, new Random(seed)))));

        assertThat(actual).isEqualTo(expected);
        assertThat(expected.get(story.workspaceId + ":" + ada.memberId()).get("roles")).isEqualTo(List.of("OWNER"));
        assertThat(expected.get(story.workspaceId + ":" + bob.memberId()).get("guidance")).isEqualTo("Invite");
        assertThat(expected.get(story.workspaceId + ":" + cyd.memberId()).get("state")).isNull();
    }

    @Test
    void theSameEventTwiceChangesNothingTheSecondTime() {
        Story story = new Story();
        ReadModels readModels = ReadModels.fresh();
        List<EventEnvelope<Event>> events = fullStory(story);
        readModels.project(array(events));
        Map<String, Document> once = rows(readModels);
        Map<String, Long> versions = versions(readModels);
        long auditEntries = readModels.auditEntries();

        readModels.project(array(events));

        assertThat(rows(readModels)).isEqualTo(once);
        assertThat(versions(readModels)).isEqualTo(versions);
        assertThat(readModels.auditEntries()).isEqualTo(auditEntries).isEqualTo(events.size());
    }

    private List<EventEnvelope<Event>> fullStory(Story story) {
        Invitee adaAgain = ada.reinvited();
        return List.of(story.created(3),
                story.requested(ada, Role.MEMBER), story.added(ada, Role.MEMBER), story.reserved(ada),
                story.sent(ada, 1), story.emailFailed(ada, false), story.emailFailed(ada, true),
                story.released(ada, ReleaseReason.DELIVERY_FAILED),
                story.requested(adaAgain, Role.MEMBER), story.reserved(adaAgain), story.sent(adaAgain, 1),
                story.emailed(adaAgain), story.accepted(adaAgain), story.joined(adaAgain, Role.MEMBER),
                story.requested(bob, Role.ADMIN), story.added(bob, Role.ADMIN), story.reserved(bob),
                story.sent(bob, 1), story.sent(bob, 2), story.emailed(bob), story.expired(bob),
                story.released(bob, ReleaseReason.EXPIRED));
    }

    /** Keeps each topic's own order (as Kafka does per key) and shuffles how the topics take turns. */
    private static List<EventEnvelope<Event>> interleave(List<EventEnvelope<Event>> events, Random random) {
        Map<String, Deque<EventEnvelope<Event>>> byTopic = new LinkedHashMap<>();
        for (EventEnvelope<Event> event : events) {
            byTopic.computeIfAbsent(Envelopes.topic(event), t -> new ArrayDeque<>()).add(event);
        }
        List<EventEnvelope<Event>> mixed = new ArrayList<>();
        List<Deque<EventEnvelope<Event>>> queues = new ArrayList<>(byTopic.values());
        while (!queues.isEmpty()) {
            Deque<EventEnvelope<Event>> queue = queues.get(random.nextInt(queues.size()));
            mixed.add(queue.poll());
            if (queue.isEmpty()) {
                queues.remove(queue);
            }
        }
        return mixed;
    }

    /** The stored rows without the optimistic-locking version, which counts writes and not content. */
    private static Map<String, Document> rows(ReadModels readModels) {
        Map<String, Document> rows = new LinkedHashMap<>();
        for (Document row : readModels.mongo.findAll(Document.class, "members")) {
            row.remove("version");
            rows.put(row.getString("_id"), row);
        }
        return rows;
    }

    private static Map<String, Long> versions(ReadModels readModels) {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (Document row : readModels.mongo.findAll(Document.class, "members")) {
            versions.put(row.getString("_id"), ((Number) row.get("version")).longValue());
        }
        return versions;
    }

    @SuppressWarnings("unchecked")
    private static EventEnvelope<Event>[] array(List<EventEnvelope<Event>> events) {
        return events.toArray(EventEnvelope[]::new);
    }
}
