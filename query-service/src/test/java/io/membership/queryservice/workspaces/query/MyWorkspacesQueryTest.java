package io.membership.queryservice.workspaces.query;

import io.membership.contract.Role;
import io.membership.contract.membership.ReleaseReason;
import io.membership.queryservice.testing.ReadModels;
import io.membership.queryservice.testing.Story;
import io.membership.queryservice.testing.Story.Invitee;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MyWorkspacesQueryTest {

    private final ReadModels readModels = ReadModels.fresh();
    private final MyWorkspacesQuery query = new MyWorkspacesQuery(readModels.mongo);
    private final Story acme = new Story("Acme", "alice@example.com");
    private final Story globex = new Story("Globex", "gina@example.com");
    private final Story initech = new Story("Initech", "ian@example.com");
    private final Invitee alice = new Invitee(UUID.randomUUID(), "alice@example.com", UUID.randomUUID(),
            acme.ownerAccountId);
    private final Invitee aliceAtInitech = new Invitee(UUID.randomUUID(), "alice@example.com", UUID.randomUUID(),
            acme.ownerAccountId);

    @Test
    void listsOwnedAndJoinedWorkspacesOldestFirstWithTheOldestCurrentByDefault() {
        readModels.project(acme.created(3), globex.created(3), globex.added(alice, Role.ADMIN), globex.reserved(alice),
                globex.joined(alice, Role.ADMIN));

        assertThat(query.of(acme.ownerAccountId)).containsExactly(
                new MyWorkspace(acme.workspaceId, "Acme", List.of(Role.OWNER), true),
                new MyWorkspace(globex.workspaceId, "Globex", List.of(Role.ADMIN), false));
    }

    @Test
    void theWorkspaceSwitchedToIsCurrent() {
        readModels.project(acme.created(3), globex.created(3), globex.added(alice, Role.MEMBER),
                globex.reserved(alice), globex.joined(alice, Role.MEMBER),
                acme.switchedTo(acme.ownerAccountId, globex.workspaceId));

        assertThat(query.of(acme.ownerAccountId)).extracting(MyWorkspace::name, MyWorkspace::current)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Acme", false),
                        org.assertj.core.groups.Tuple.tuple("Globex", true));
    }

    @Test
    void revokedOrPendingMembershipsAreNotListed() {
        readModels.project(acme.created(3), initech.created(3), initech.added(aliceAtInitech, Role.MEMBER),
                initech.reserved(aliceAtInitech), initech.joined(aliceAtInitech, Role.MEMBER),
                initech.released(aliceAtInitech, ReleaseReason.REVOKED),
                globex.created(3), globex.added(alice, Role.MEMBER), globex.reserved(alice));

        assertThat(query.of(acme.ownerAccountId)).extracting(MyWorkspace::name).containsExactly("Acme");
    }

    @Test
    void anAccountWithoutMembershipsHasNoWorkspaces() {
        assertThat(query.of(UUID.randomUUID())).isEmpty();
    }
}
