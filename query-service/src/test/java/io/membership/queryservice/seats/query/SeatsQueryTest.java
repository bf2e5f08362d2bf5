package io.membership.queryservice.seats.query;

import io.membership.contract.Role;
import io.membership.contract.membership.RejectionReason;
import io.membership.contract.membership.ReleaseReason;
import io.membership.queryservice.testing.ReadModels;
import io.membership.queryservice.testing.Story;
import io.membership.queryservice.testing.Story.Invitee;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SeatsQueryTest {

    private final Story story = new Story();
    private final ReadModels readModels = ReadModels.fresh();
    private final SeatsQuery seats = new SeatsQuery(readModels.mongo);

    @Test
    void invitedMembersReserveAndActiveMembersUseWorkspaceSeats() {
        Invitee ada = Story.invitee("ada@example.com");
        Invitee bob = Story.invitee("bob@example.com");
        Invitee cyd = Story.invitee("cyd@example.com");
        Invitee dan = Story.invitee("dan@example.com");
        readModels.project(story.created(5),
                story.added(ada, Role.MEMBER), story.reserved(ada), story.joined(ada, Role.MEMBER),
                story.added(bob, Role.MEMBER), story.reserved(bob),
                story.added(cyd, Role.MEMBER), story.reserved(cyd), story.released(cyd, ReleaseReason.EXPIRED),
                story.added(dan, Role.MEMBER), story.seatRejected(dan, RejectionReason.NO_FREE_SEAT));

        assertThat(seats.usage(story.workspaceId)).containsExactly(
                new SeatUsage("workspace", 5, 1, 2, 2),
                new SeatUsage("conversations", 2, 0, 0, 2));
    }

    @Test
    void freeSeatsNeverGoBelowZero() {
        Invitee ada = Story.invitee("ada@example.com");
        readModels.project(story.created(1), story.added(ada, Role.MEMBER), story.reserved(ada));

        assertThat(seats.usage(story.workspaceId).get(0)).isEqualTo(new SeatUsage("workspace", 1, 1, 1, 0));
    }

    @Test
    void anUnknownWorkspaceHasNoPurchasedSeats() {
        assertThat(seats.usage(UUID.randomUUID())).containsExactly(new SeatUsage("workspace", 0, 0, 0, 0));
    }
}
