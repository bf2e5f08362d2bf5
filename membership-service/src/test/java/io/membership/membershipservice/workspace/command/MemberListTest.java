package io.membership.membershipservice.workspace.command;

import io.membership.contract.Role;
import io.membership.contract.membership.AddMember;
import io.membership.contract.membership.AssignTags;
import io.membership.contract.membership.MemberAdded;
import io.membership.contract.membership.MemberTagsAssigned;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.*;

class MemberListTest {

    private static final UUID DAN = UUID.fromString("00000000-0000-0000-0000-00000000b009");

    private final FixtureConfiguration<Workspace> fixture = WorkspaceFixtures.fixture();

    @Test
    void anAdminAddsAMemberByHandWithTags() {
        fixture.given(team())
                .when(new AddMember(WORKSPACE, DAN, " Dan@Acme.TEST ", Set.of(Role.AUDITOR), List.of("sales", "Berlin"),
                        ANN_ACCOUNT))
                .expectEvents(new MemberAdded(WORKSPACE, DAN, "dan@acme.test", Set.of(Role.AUDITOR)),
                        new MemberTagsAssigned(WORKSPACE, DAN, List.of("Berlin", "sales")));
    }

    @Test
    void anAddedMemberGetsTheMemberRoleByDefault() {
        fixture.given(team())
                .when(new AddMember(WORKSPACE, DAN, "dan@acme.test", Set.of(), List.of(), OWNER_ACCOUNT))
                .expectEvents(new MemberAdded(WORKSPACE, DAN, "dan@acme.test", Set.of(Role.MEMBER)));
    }

    @Test
    void anEmailIsNeverListedTwice() {
        fixture.given(team())
                .when(new AddMember(WORKSPACE, DAN, "BOB@acme.test", Set.of(), List.of(), OWNER_ACCOUNT))
                .expectNoEvents()
                .expectException(Refused.conflict("already-a-member"));
    }

    @Test
    void aRepeatedAddChangesNothing() {
        fixture.given(team()).andGiven(new MemberAdded(WORKSPACE, DAN, "dan@acme.test", Set.of(Role.MEMBER)))
                .when(new AddMember(WORKSPACE, DAN, "dan@acme.test", Set.of(), List.of(), OWNER_ACCOUNT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anAddCannotGrantOwner() {
        fixture.given(team())
                .when(new AddMember(WORKSPACE, DAN, "dan@acme.test", Set.of(Role.OWNER), List.of(), OWNER_ACCOUNT))
                .expectNoEvents()
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void aMemberCannotAddMembers() {
        fixture.given(team())
                .when(new AddMember(WORKSPACE, DAN, "dan@acme.test", Set.of(), List.of(), BOB_ACCOUNT))
                .expectNoEvents()
                .expectException(Refused.forbidden());
    }

    @Test
    void tagsAreTrimmedDeduplicatedAndSorted() {
        fixture.given(team())
                .when(new AssignTags(WORKSPACE, BOB, List.of(" vip ", "VIP", "Team-2", "north_east"), ANN_ACCOUNT))
                .expectEvents(new MemberTagsAssigned(WORKSPACE, BOB, List.of("north_east", "Team-2", "vip")));
    }

    @Test
    void anEmptyListClearsTheTags() {
        fixture.given(team()).andGiven(new MemberTagsAssigned(WORKSPACE, BOB, List.of("vip")))
                .when(new AssignTags(WORKSPACE, BOB, List.of(), ANN_ACCOUNT))
                .expectEvents(new MemberTagsAssigned(WORKSPACE, BOB, List.of()));
    }

    @Test
    void aTagMayNotHoldPunctuation() {
        fixture.given(team())
                .when(new AssignTags(WORKSPACE, BOB, List.of("<script>"), ANN_ACCOUNT))
                .expectNoEvents()
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void aTagHasAtMostFortyCharacters() {
        fixture.given(team())
                .when(new AssignTags(WORKSPACE, BOB, List.of("x".repeat(41)), ANN_ACCOUNT))
                .expectNoEvents()
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void aMemberHasAtMostTwentyTags() {
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("tag" + i);
        }
        fixture.given(team())
                .when(new AssignTags(WORKSPACE, BOB, many, ANN_ACCOUNT))
                .expectNoEvents()
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void theSameTagsAgainChangeNothing() {
        fixture.given(team()).andGiven(new MemberTagsAssigned(WORKSPACE, BOB, List.of("vip")))
                .when(new AssignTags(WORKSPACE, BOB, Collections.singletonList("vip"), ANN_ACCOUNT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anAdminCannotTagTheOwner() {
        fixture.given(team())
                .when(new AssignTags(WORKSPACE, OWNER_MEMBER, List.of("boss"), ANN_ACCOUNT))
                .expectNoEvents()
                .expectException(Refused.ownerProtected());
    }
}
