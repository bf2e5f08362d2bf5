package io.membership.queryservice.access;

import io.membership.contract.Role;
import io.membership.platform.errors.ApiException;
import io.membership.platform.security.Actor;
import io.membership.queryservice.testing.ReadModels;
import io.membership.queryservice.testing.Story;
import io.membership.queryservice.testing.Story.Invitee;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceAccessTest {

    private final Story story = new Story();
    private final Invitee auditor = Story.invitee("audrey@example.com");
    private final Invitee assistant = Story.invitee("sam@example.com");
    private final Invitee pending = Story.invitee("pat@example.com");
    private final ReadModels readModels = ReadModels.fresh().project(story.created(5),
            story.added(auditor, Role.AUDITOR), story.reserved(auditor), story.joined(auditor, Role.AUDITOR),
            story.added(assistant, Role.MEMBER), story.reserved(assistant), story.joined(assistant, Role.MEMBER),
            story.added(pending, Role.ADMIN), story.reserved(pending));
    private final WorkspaceAccess access = new WorkspaceAccess(readModels.mongo);

    @Test
    void theOwnerMayDoEveryRead() {
        Actor owner = new Actor(story.ownerAccountId, story.ownerEmail);
        for (QueryPermission permission : QueryPermission.values()) {
            assertThat(access.require(story.workspaceId, owner, permission)).containsExactly(Role.OWNER);
        }
    }

    @Test
    void anAuditorMayReadTheAuditLogButNotListMembers() {
        Actor actor = new Actor(auditor.accountId(), auditor.email());
        assertThat(access.require(story.workspaceId, actor, QueryPermission.READ_AUDIT)).containsExactly(Role.AUDITOR);
        assertRefused(() -> access.require(story.workspaceId, actor, QueryPermission.LIST_MEMBERS),
                HttpStatus.FORBIDDEN);
    }

    @Test
    void anAssistantMayNotSeeSeats() {
        assertRefused(() -> access.require(story.workspaceId, new Actor(assistant.accountId(), assistant.email()),
                QueryPermission.SEE_SEATS), HttpStatus.FORBIDDEN);
    }

    @Test
    void strangersAndNotYetJoinedInviteesAreToldTheWorkspaceDoesNotExist() {
        assertRefused(() -> access.require(story.workspaceId, new Actor(UUID.randomUUID(), "x@example.com"),
                QueryPermission.READ_AUDIT), HttpStatus.NOT_FOUND);
        assertRefused(() -> access.require(story.workspaceId, new Actor(pending.accountId(), pending.email()),
                QueryPermission.LIST_MEMBERS), HttpStatus.NOT_FOUND);
        assertRefused(() -> access.require(UUID.randomUUID(), new Actor(story.ownerAccountId, story.ownerEmail),
                QueryPermission.LIST_MEMBERS), HttpStatus.NOT_FOUND);
    }

    private static void assertRefused(Runnable call, HttpStatus status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(status));
    }
}
