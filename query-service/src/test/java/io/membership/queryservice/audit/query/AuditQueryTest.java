package io.membership.queryservice.audit.query;

import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.Role;
import io.membership.contract.membership.ReleaseReason;
import io.membership.platform.errors.ApiException;
import io.membership.queryservice.testing.ReadModels;
import io.membership.queryservice.testing.Story;
import io.membership.queryservice.testing.Story.Invitee;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditQueryTest {

    private final Story story = new Story();
    private final Invitee ada = Story.invitee("ada@example.com");
    private final ReadModels readModels = ReadModels.fresh();
    private final AuditQuery audit = new AuditQuery(readModels.mongo);
    private final List<EventEnvelope<Event>> events = List.of(story.created(3), story.requested(ada, Role.MEMBER),
            story.added(ada, Role.MEMBER), story.reserved(ada), story.sent(ada, 1), story.emailed(ada));

    @Test
    void pagesGoNewestFirstAndTheCursorWalksThemAllOnce() {
        projectStory();
        List<String> seen = new ArrayList<>();
        String before = null;
        do {
            AuditPage page = audit.page(story.workspaceId, AuditCursor.parse(before), 2);
            page.items().forEach(item -> seen.add(item.eventId()));
            before = page.nextBefore();
        } while (before != null);

        List<String> newestFirst = new ArrayList<>(events.stream().map(EventEnvelope::id).toList());
        Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void accountEventsStayOutOfTheWorkspaceLogAndOtherWorkspacesToo() {
        projectStory();
        Story other = new Story();
        readModels.project(other.created(1), story.accountRegistered(story.ownerAccountId, story.ownerEmail),
                story.switchedTo(story.ownerAccountId, story.workspaceId));

        AuditPage page = audit.page(story.workspaceId, null, 200);

        assertThat(page.items()).hasSize(events.size())
                .allSatisfy(item -> assertThat(item.workspaceId()).isEqualTo(story.workspaceId.toString()))
                .noneSatisfy(item -> assertThat(item.action()).isIn("AccountRegistered", "CurrentWorkspaceSwitched"));
    }

    @Test
    void entriesNameTheActorAndTheMemberByEmailWhenKnown() {
        Story fresh = new Story();
        readModels.project(fresh.created(3), fresh.added(ada, Role.MEMBER), fresh.reserved(ada));
        EventEnvelope<Event> released = fresh.released(ada, ReleaseReason.CANCELLED);
        readModels.project(released);
        readModels.project(fresh.accountRegistered(fresh.ownerAccountId, "Owner@Example.com"));

        AuditEntryView entry = audit.page(fresh.workspaceId, null, 1).items().get(0);

        assertThat(entry.eventId()).isEqualTo(released.id());
        assertThat(entry.action()).isEqualTo("SeatReleased");
        assertThat(entry.actor()).isEqualTo(fresh.ownerAccountId.toString());
        assertThat(entry.actorEmail()).isEqualTo("Owner@Example.com");
        assertThat(entry.subject()).isEqualTo(fresh.workspaceId.toString());
        assertThat(entry.memberId()).isEqualTo(ada.memberId().toString());
        assertThat(entry.subjectEmail()).isEqualTo("ada@example.com");
        assertThat(entry.correlationId()).isEqualTo(released.correlationId());
        assertThat(entry.source()).isEqualTo("membership-service");
        assertThat(entry.time()).isEqualTo(released.time());
    }

    @Test
    void aBareInstantCursorReturnsOlderEntries() {
        projectStory();

        AuditPage page = audit.page(story.workspaceId, AuditCursor.parse(events.get(2).time().toString()), 50);

        assertThat(page.items()).extracting(AuditEntryView::eventId)
                .containsExactly(events.get(1).id(), events.get(0).id());
        assertThat(page.nextBefore()).isNull();
    }

    @Test
    void aMalformedCursorIsRefused() {
        assertThatThrownBy(() -> AuditCursor.parse("yesterday")).isInstanceOf(ApiException.class)
                .hasMessageContaining("before must be");
        assertThatThrownBy(() -> AuditCursor.parse("2025-01-01T00:00:00Z~")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> AuditCursor.parse("x".repeat(500))).isInstanceOf(ApiException.class);
    }

    @Test
    void anUnknownWorkspaceHasAnEmptyLog() {
        projectStory();
        assertThat(audit.page(UUID.randomUUID(), null, 10).items()).isEmpty();
    }

    private void projectStory() {
        events.forEach(readModels.dispatcher::project);
    }
}
