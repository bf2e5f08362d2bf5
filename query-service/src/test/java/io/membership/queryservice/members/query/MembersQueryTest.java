package io.membership.queryservice.members.query;

import io.membership.contract.MemberState;
import io.membership.contract.Role;
import io.membership.queryservice.testing.ReadModels;
import io.membership.queryservice.testing.Story;
import io.membership.queryservice.testing.Story.Invitee;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MembersQueryTest {

    private final Story story = new Story("Acme", "owner@acme.test");
    private final Invitee zoe = Story.invitee("zoe@acme.test");
    private final Invitee bob = Story.invitee("Bob@Acme.test");
    private final Invitee ann = Story.invitee("ann+sales@partner.test");
    private final Invitee early = Story.invitee("early@acme.test");
    private final ReadModels readModels = ReadModels.fresh().project(story.created(10),
            story.added(zoe, Role.MEMBER), story.reserved(zoe),
            story.added(bob, Role.ADMIN),
            story.added(ann, Role.MEMBER), story.reserved(ann), story.joined(ann, Role.MEMBER),
            story.sent(early, 1));
    private final MembersQuery members = new MembersQuery(readModels.mongo);

    @Test
    void rowsAreSortedByEmailWhateverItsCase() {
        MemberPage page = members.page(story.workspaceId, null, null, 0, 50);

        assertThat(page.items()).extracting(MemberRow::email)
                .containsExactly("ann+sales@partner.test", "Bob@Acme.test", "owner@acme.test", "zoe@acme.test");
        assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void aMemberKnownOnlyFromTheInvitationTopicIsNotARowYet() {
        assertThat(members.page(story.workspaceId, null, "early", 0, 50).items()).isEmpty();
    }

    @Test
    void filtersByStateAndByAPartOfTheEmailTakenLiterally() {
        assertThat(members.page(story.workspaceId, MemberState.INVITED, null, 0, 50).items())
                .extracting(MemberRow::email).containsExactly("zoe@acme.test");
        assertThat(members.page(story.workspaceId, null, "ACME", 0, 50).items())
                .extracting(MemberRow::email).containsExactly("Bob@Acme.test", "owner@acme.test", "zoe@acme.test");
        assertThat(members.page(story.workspaceId, null, "+sales", 0, 50).items())
                .extracting(MemberRow::email).containsExactly("ann+sales@partner.test");
        assertThat(members.page(story.workspaceId, null, ".*", 0, 50).items()).isEmpty();
    }

    @Test
    void pagesSliceTheSortedRowsAndCountThemAll() {
        MemberPage second = members.page(story.workspaceId, null, null, 1, 3);

        assertThat(second.items()).extracting(MemberRow::email).containsExactly("zoe@acme.test");
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(3);
    }

    @Test
    void rowsCarryGuidanceAndConfirmation() {
        MemberRow ann = members.page(story.workspaceId, MemberState.ACTIVE, "ann", 0, 50).items().get(0);

        assertThat(ann.memberId()).isEqualTo(this.ann.memberId());
        assertThat(ann.guidance()).isEqualTo("OK");
        assertThat(ann.confirmation()).isEqualTo("Confirmed");
        assertThat(ann.roles()).containsExactly(Role.MEMBER);
    }
}
