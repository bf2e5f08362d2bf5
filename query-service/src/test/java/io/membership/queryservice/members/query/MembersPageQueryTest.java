package io.membership.queryservice.members.query;

import io.membership.contract.AccessLevel;
import io.membership.contract.Confirmation;
import io.membership.contract.Guidance;
import io.membership.contract.MemberState;
import io.membership.contract.Products;
import io.membership.contract.Role;
import io.membership.contract.membership.ReleaseReason;
import io.membership.platform.errors.ApiException;
import io.membership.queryservice.testing.ReadModels;
import io.membership.queryservice.testing.Story;
import io.membership.queryservice.testing.Story.Invitee;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MembersPageQueryTest {

    private static final List<Role> OWNER = List.of(Role.OWNER);
    private static final List<Role> ADMIN = List.of(Role.ADMIN);

    private final Story story = new Story("Acme", "owner@acme.test");
    private final Invitee ada = Story.invitee("ada@acme.test");
    private final Invitee bob = Story.invitee("bob@acme.test");
    private final Invitee cyd = Story.invitee("cyd@partner.test");
    private final Invitee dan = Story.invitee("dan@acme.test");
    private final Invitee eve = Story.invitee("eve@acme.test");
    private final ReadModels readModels = ReadModels.fresh().project(story.created(10),
            story.added(ada, Role.MEMBER), story.reserved(ada), story.sent(ada, 1), story.joined(ada, Role.MEMBER),
            story.rolesChanged(ada, Set.of(Role.MEMBER), Role.ADMIN), story.tagged(ada, "sales", "vip"),
            story.addOn(ada, Products.CONVERSATIONS, AccessLevel.NO_ACCESS, AccessLevel.AGENT),
            story.added(bob, Role.MEMBER), story.reserved(bob), story.sent(bob, 1), story.tagged(bob, "sales"),
            story.added(cyd, Role.MEMBER),
            story.added(dan, Role.MEMBER), story.reserved(dan), story.sent(dan, 1),
            story.released(dan, ReleaseReason.EXPIRED),
            story.added(eve, Role.AUDITOR), story.reserved(eve), story.joined(eve, Role.AUDITOR),
            story.revoked(eve, Role.AUDITOR), story.released(eve, ReleaseReason.REVOKED));
    private final MembersQuery members = new MembersQuery(readModels.mongo);

    @Test
    void filtersCombineStateGuidanceRoleTagAndConfirmation() {
        assertThat(emails(filter(Set.of(), Set.of(Guidance.REINVITE), Set.of(), Set.of(), Set.of())))
                .containsExactly("dan@acme.test");
        assertThat(emails(filter(Set.of(), Set.of(), Set.of(Role.ADMIN), Set.of(), Set.of())))
                .containsExactly("ada@acme.test");
        assertThat(emails(filter(Set.of(), Set.of(), Set.of(), Set.of("sales"), Set.of())))
                .containsExactly("ada@acme.test", "bob@acme.test");
        assertThat(emails(filter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(Confirmation.CONFIRMED))))
                .containsExactly("ada@acme.test", "owner@acme.test");
        assertThat(emails(filter(Set.of(MemberState.INVITED, MemberState.REVOKED), Set.of(), Set.of(),
                Set.of("sales"), Set.of()))).containsExactly("bob@acme.test");
    }

    @Test
    void theEmailPrefixIsAnchoredAndLiteral() {
        MemberFilter prefix = new MemberFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, "C");
        MemberFilter pattern = new MemberFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, ".*");

        assertThat(emails(prefix)).containsExactly("cyd@partner.test");
        assertThat(emails(pattern)).isEmpty();
    }

    @Test
    void rowsCarryRolesTagsSeatsAndTheReasonOfTheirGuidance() {
        MemberRow adaRow = row("ada@acme.test");
        assertThat(adaRow.roles()).containsExactly(Role.ADMIN);
        assertThat(adaRow.tags()).containsExactly("sales", "vip");
        assertThat(adaRow.workspaceSeat()).isTrue();
        assertThat(adaRow.addOns()).containsEntry(Products.CONVERSATIONS, AccessLevel.AGENT);

        MemberRow danRow = row("dan@acme.test");
        assertThat(danRow.reason()).matches("expired \\d{4}-\\d{2}-\\d{2}");
        assertThat(danRow.workspaceSeat()).isFalse();
        assertThat(row("eve@acme.test").state()).isEqualTo(MemberState.REVOKED);
        assertThat(row("eve@acme.test").guidance()).isEqualTo("Invite");
    }

    @Test
    void eachRowOffersTheActionsItsStateAndTheCallerAllow() {
        assertThat(row("owner@acme.test").actions()).isEmpty();
        assertThat(row("ada@acme.test").actions()).contains(MemberAction.REVOKE, MemberAction.TRANSFER_OWNERSHIP)
                .doesNotContain(MemberAction.INVITE, MemberAction.CANCEL);
        assertThat(rowFor("ada@acme.test", ADMIN).actions()).doesNotContain(MemberAction.TRANSFER_OWNERSHIP);
        assertThat(row("bob@acme.test").actions()).contains(MemberAction.CANCEL, MemberAction.RE_INVITE)
                .doesNotContain(MemberAction.REVOKE, MemberAction.TRANSFER_OWNERSHIP);
        assertThat(row("cyd@partner.test").actions()).contains(MemberAction.INVITE, MemberAction.REMOVE);
        assertThat(row("dan@acme.test").actions()).contains(MemberAction.RE_INVITE).doesNotContain(MemberAction.INVITE);
        assertThat(row("eve@acme.test").actions()).contains(MemberAction.INVITE);
        assertThat(rowFor("eve@acme.test", List.of(Role.MEMBER)).actions()).isEmpty();
    }

    @Test
    void aCursorWalksEveryRowOnceInEachSortAndDirection() {
        for (MemberSort.Field field : MemberSort.Field.values()) {
            for (boolean descending : new boolean[]{false, true}) {
                MemberSort sort = new MemberSort(field, descending);
                List<String> all = emails(members.page(story.workspaceId, MemberFilter.NONE, sort, null, 0, 200,
                        OWNER));
                List<String> walked = new ArrayList<>();
                MemberCursor cursor = null;
                do {
                    MemberPage page = members.page(story.workspaceId, MemberFilter.NONE, sort, cursor, 0, 2, OWNER);
                    walked.addAll(emails(page));
                    assertThat(page.items().size()).isLessThanOrEqualTo(2);
                    cursor = page.nextCursor() == null ? null
                            : MemberCursor.decode(page.nextCursor(), sort, MemberFilter.NONE);
                } while (cursor != null);
                assertThat(walked).as(field + (descending ? " desc" : " asc")).hasSize(6).isEqualTo(all);
            }
        }
    }

    @Test
    void theLastPageHasNoNextCursorAndAnExactFitPageNeither() {
        assertThat(members.page(story.workspaceId, MemberFilter.NONE, MemberSort.BY_EMAIL, null, 0, 6, OWNER)
                .nextCursor()).isNull();
        assertThat(members.page(story.workspaceId, MemberFilter.NONE, MemberSort.BY_EMAIL, null, 0, 5, OWNER)
                .nextCursor()).isNotNull();
    }

    @Test
    void aCursorIsRefusedUnderAnotherSortOrFilterOrWhenTampered() {
        String next = members.page(story.workspaceId, MemberFilter.NONE, MemberSort.BY_EMAIL, null, 0, 2, OWNER)
                .nextCursor();
        MemberFilter other = MemberFilter.byStateAndSearch(MemberState.ACTIVE, null);

        assertBadRequest(() -> MemberCursor.decode(next, new MemberSort(MemberSort.Field.STATE, false),
                MemberFilter.NONE));
        assertBadRequest(() -> MemberCursor.decode(next, MemberSort.BY_EMAIL, other));
        assertBadRequest(() -> MemberCursor.decode("not-a-cursor!", MemberSort.BY_EMAIL, MemberFilter.NONE));
        assertBadRequest(() -> MemberCursor.decode("e30", MemberSort.BY_EMAIL, MemberFilter.NONE));
    }

    @Test
    void aSelectionEnablesOnlyTheActionsEveryMemberAllows() {
        SelectionActions both = members.forSelection(story.workspaceId, List.of(ada.memberId(), bob.memberId()),
                OWNER);
        assertThat(button(both, MemberAction.REMOVE).enabled()).isTrue();
        assertThat(button(both, MemberAction.REVOKE).enabled()).isFalse();
        assertThat(button(both, MemberAction.REVOKE).allowedFor()).isEqualTo(1);
        assertThat(button(both, MemberAction.TRANSFER_OWNERSHIP).enabled()).isFalse();

        SelectionActions adaAlone = members.forSelection(story.workspaceId, List.of(ada.memberId()), OWNER);
        assertThat(button(adaAlone, MemberAction.TRANSFER_OWNERSHIP).enabled()).isTrue();

        SelectionActions withOwner = members.forSelection(story.workspaceId,
                List.of(ada.memberId(), story.ownerMemberId), OWNER);
        assertThat(withOwner.actions()).noneMatch(SelectionActions.Button::enabled);
    }

    @Test
    void aSelectionWithAMemberOfAnotherWorkspaceIsNotFound() {
        assertThatThrownBy(() -> members.forSelection(story.workspaceId, List.of(ada.memberId(), UUID.randomUUID()),
                OWNER)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND));
    }

    private static SelectionActions.Button button(SelectionActions actions, MemberAction action) {
        return actions.actions().stream().filter(b -> b.action() == action).findFirst().orElseThrow();
    }

    private MemberFilter filter(Set<MemberState> states, Set<Guidance> guidances, Set<Role> roles, Set<String> tags,
                                Set<Confirmation> confirmations) {
        return new MemberFilter(states, guidances, roles, tags, confirmations, null, null);
    }

    private List<String> emails(MemberFilter filter) {
        return emails(members.page(story.workspaceId, filter, MemberSort.BY_EMAIL, null, 0, 50, OWNER));
    }

    private static List<String> emails(MemberPage page) {
        return page.items().stream().map(MemberRow::email).toList();
    }

    private MemberRow row(String email) {
        return rowFor(email, OWNER);
    }

    private MemberRow rowFor(String email, List<Role> caller) {
        return members.page(story.workspaceId, MemberFilter.NONE, MemberSort.BY_EMAIL, null, 0, 50, caller).items()
                .stream().filter(r -> r.email().equals(email)).findFirst().orElseThrow();
    }

    private static void assertBadRequest(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST));
    }
}
