package io.membership.membershipservice.workspace.command;

import io.membership.contract.Role;
import io.membership.contract.membership.ImportMembers;
import io.membership.contract.membership.MemberAdded;
import io.membership.contract.membership.MemberRolesChanged;
import io.membership.contract.membership.MemberTagsAssigned;
import io.membership.contract.membership.MembersImported;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class ImportMembersTest {

    private static final UUID IMPORT = UUID.fromString("00000000-0000-0000-0000-0000000f0001");
    private static final UUID DAN = UUID.fromString("00000000-0000-0000-0000-00000000b009");

    private final FixtureConfiguration<Workspace> fixture = WorkspaceFixtures.fixture(List.of(DAN));

    private static ImportMembers.Row row(int line, String email, Set<Role> roles, String... tags) {
        return new ImportMembers.Row(line, email, roles, List.of(tags));
    }

    @Test
    void newEmailsAreAddedAndKnownOnesMerged() {
        fixture.given(team())
                .when(new ImportMembers(WORKSPACE, IMPORT, List.of(
                        row(2, "dan@acme.test", Set.of(), "north"),
                        row(3, BOB_EMAIL, Set.of(Role.AUDITOR)),
                        row(4, ANN_EMAIL, Set.of())), 1, OWNER_ACCOUNT))
                .expectEvents(
                        new MemberAdded(WORKSPACE, DAN, "dan@acme.test", Set.of(Role.MEMBER)),
                        new MemberTagsAssigned(WORKSPACE, DAN, List.of("north")),
                        new MemberRolesChanged(WORKSPACE, BOB, BOB_ACCOUNT, BOB_EMAIL, Set.of(Role.MEMBER),
                                Set.of(Role.AUDITOR)),
                        new MembersImported(WORKSPACE, IMPORT, 4, 1, 1, 1, 1))
                .expectResultMessagePayloadMatching(org.hamcrest.Matchers.hasSize(3));
    }

    @Test
    void theOwnersRowNeverChangesItsRoles() {
        fixture.given(team())
                .when(new ImportMembers(WORKSPACE, IMPORT, List.of(row(2, OWNER_EMAIL, Set.of(Role.OWNER))), 0,
                        OWNER_ACCOUNT))
                .expectEvents(new MembersImported(WORKSPACE, IMPORT, 1, 0, 0, 1, 0));
    }

    @Test
    void aRowGrantingOwnerIsRejectedAndTheOthersGoIn() {
        fixture.given(team())
                .when(new ImportMembers(WORKSPACE, IMPORT, List.of(row(2, BOB_EMAIL, Set.of(Role.OWNER)),
                        row(3, "dan@acme.test", Set.of())), 0, OWNER_ACCOUNT))
                .expectEvents(new MemberAdded(WORKSPACE, DAN, "dan@acme.test", Set.of(Role.MEMBER)),
                        new MembersImported(WORKSPACE, IMPORT, 2, 1, 0, 0, 1))
                .expectState(ws -> assertThat(ws.rolesOf(BOB)).containsExactly(Role.MEMBER));
    }

    @Test
    void aMemberCannotImport() {
        fixture.given(team())
                .when(new ImportMembers(WORKSPACE, IMPORT, List.of(row(2, "dan@acme.test", Set.of())), 0, BOB_ACCOUNT))
                .expectNoEvents()
                .expectException(Refused.forbidden());
    }

    @Test
    void aRepeatedImportChangesNothing() {
        fixture.given(team()).andGiven(new MembersImported(WORKSPACE, IMPORT, 1, 1, 0, 0, 0))
                .when(new ImportMembers(WORKSPACE, IMPORT, List.of(row(2, "dan@acme.test", Set.of())), 0,
                        OWNER_ACCOUNT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
