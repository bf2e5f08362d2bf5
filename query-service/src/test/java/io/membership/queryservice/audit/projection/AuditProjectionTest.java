package io.membership.queryservice.audit.projection;

import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.Role;
import io.membership.queryservice.messaging.PollWrites;
import io.membership.queryservice.testing.ReadModels;
import io.membership.queryservice.testing.Story;
import io.membership.queryservice.testing.Story.Invitee;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditProjectionTest {

    private final Story story = new Story();
    private final Invitee ada = Story.invitee("ada@example.com");

    @Test
    void aPollsEntriesAreWrittenTogetherWhenThePollIsFlushed() {
        ReadModels readModels = ReadModels.fresh();
        PollWrites poll = readModels.dispatcher.newPoll();

        readModels.dispatcher.project(story.added(ada, Role.MEMBER), poll);
        readModels.dispatcher.project(story.reserved(ada), poll);
        assertThat(readModels.auditEntries()).as("before the flush").isZero();

        poll.flush();
        assertThat(readModels.auditEntries()).isEqualTo(2);
    }

    @Test
    void anEventRedeliveredInTheSameOrALaterPollKeepsOneEntry() {
        ReadModels readModels = ReadModels.fresh();
        EventEnvelope<Event> added = story.added(ada, Role.MEMBER);
        readModels.project(added);

        PollWrites poll = readModels.dispatcher.newPoll();
        readModels.dispatcher.project(added, poll);
        readModels.dispatcher.project(added, poll);
        readModels.dispatcher.project(story.reserved(ada), poll);
        poll.flush();

        assertThat(readModels.auditEntries()).isEqualTo(2);
    }
}
