package io.membership.queryservice.audit.projection;

import io.membership.contract.AccessLevel;
import io.membership.contract.MemberState;
import io.membership.contract.Role;
import io.membership.contract.membership.AddOnAccessChanged;
import io.membership.contract.membership.MemberRevoked;
import io.membership.contract.membership.MemberRolesChanged;
import io.membership.contract.membership.MembersImported;
import io.membership.contract.membership.SeatCapacityChanged;
import io.membership.contract.membership.WorkspaceCreated;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChangeTest {

    private static final UUID WS = UUID.randomUUID();
    private static final UUID MEMBER = UUID.randomUUID();

    @Test
    void changesNameBothSidesInTheMembersPageWords() {
        assertThat(AuditChange.of(new MemberRolesChanged(WS, MEMBER, null, "a@b.test", Set.of(Role.MEMBER),
                Set.of(Role.ADMIN, Role.MEMBER)))).isEqualTo(new AuditChange("MEMBER", "MEMBER,ADMIN"));
        assertThat(AuditChange.of(new AddOnAccessChanged(WS, MEMBER, "conversations", AccessLevel.VIEWER,
                AccessLevel.AGENT))).isEqualTo(new AuditChange("conversations: VIEWER", "conversations: AGENT"));
        assertThat(AuditChange.of(new SeatCapacityChanged(WS, "workspace", 3, 5)))
                .isEqualTo(new AuditChange("workspace: 3", "workspace: 5"));
        assertThat(AuditChange.of(new MemberRevoked(WS, MEMBER, null, "a@b.test", Set.of(Role.MEMBER),
                MemberState.ACTIVE, null))).isEqualTo(new AuditChange("ACTIVE", "REVOKED"));
        assertThat(AuditChange.of(new MembersImported(WS, UUID.randomUUID(), 4, 2, 1, 0, 1)).after())
                .isEqualTo("4 rows: 2 added, 1 updated, 0 unchanged, 1 rejected");
    }

    @Test
    void otherEventsHaveNoBeforeOrAfter() {
        assertThat(AuditChange.of(new WorkspaceCreated(WS, "Acme", UUID.randomUUID(), MEMBER, "o@b.test",
                Map.of("workspace", 3), "en"))).isEqualTo(AuditChange.NONE);
    }
}
