package io.membership.membershipservice.workspace.command;

import io.membership.contract.Command;
import io.membership.contract.MemberState;
import io.membership.contract.Products;
import io.membership.contract.Role;
import io.membership.contract.membership.ActivateMember;
import io.membership.contract.membership.MemberRevoked;
import io.membership.contract.membership.ReleaseReason;
import io.membership.contract.membership.ReleaseSeat;
import io.membership.contract.membership.RemoveMember;
import io.membership.contract.membership.RevokeMember;
import io.membership.contract.membership.SeatReleased;
import io.membership.platform.errors.ApiException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.membership.membershipservice.workspace.command.WorkspaceFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every member state × every command that moves members: the resulting state, and so the guidance column
 * (DESIGN section 2). "refused" means the command is answered with a Problem and nothing changes; "gone" means the
 * member left the list.
 */
class GuidanceTransitionsTest {

    @ParameterizedTest(name = "{0} + {1} -> {2} ({3})")
    @CsvSource({
            "ADDED, invite, INVITED, Wait",
            "ADDED, accept, ADDED, Invite",
            "ADDED, expire, ADDED, Invite",
            "ADDED, deliveryFails, ADDED, Invite",
            "ADDED, cancel, ADDED, Invite",
            "ADDED, revoke, refused, Invite",
            "ADDED, remove, gone, -",
            "INVITED, invite, INVITED, Wait",
            "INVITED, accept, ACTIVE, OK",
            "INVITED, expire, EXPIRED, Re-invite",
            "INVITED, deliveryFails, DELIVERY_FAILED, Re-invite",
            "INVITED, cancel, ADDED, Invite",
            "INVITED, revoke, REVOKED, Invite",
            "INVITED, remove, gone, -",
            "ACTIVE, invite, ACTIVE, OK",
            "ACTIVE, accept, ACTIVE, OK",
            "ACTIVE, expire, ACTIVE, OK",
            "ACTIVE, deliveryFails, ACTIVE, OK",
            "ACTIVE, cancel, ACTIVE, OK",
            "ACTIVE, revoke, REVOKED, Invite",
            "ACTIVE, remove, gone, -",
            "EXPIRED, invite, INVITED, Wait",
            "EXPIRED, accept, EXPIRED, Re-invite",
            "EXPIRED, expire, EXPIRED, Re-invite",
            "EXPIRED, deliveryFails, EXPIRED, Re-invite",
            "EXPIRED, cancel, EXPIRED, Re-invite",
            "EXPIRED, revoke, refused, Re-invite",
            "EXPIRED, remove, gone, -",
            "DELIVERY_FAILED, invite, INVITED, Wait",
            "DELIVERY_FAILED, accept, DELIVERY_FAILED, Re-invite",
            "DELIVERY_FAILED, expire, DELIVERY_FAILED, Re-invite",
            "DELIVERY_FAILED, deliveryFails, DELIVERY_FAILED, Re-invite",
            "DELIVERY_FAILED, cancel, DELIVERY_FAILED, Re-invite",
            "DELIVERY_FAILED, revoke, refused, Re-invite",
            "DELIVERY_FAILED, remove, gone, -",
            "REVOKED, invite, INVITED, Wait",
            "REVOKED, accept, REVOKED, Invite",
            "REVOKED, expire, REVOKED, Invite",
            "REVOKED, deliveryFails, REVOKED, Invite",
            "REVOKED, cancel, REVOKED, Invite",
            "REVOKED, revoke, refused, Invite",
            "REVOKED, remove, gone, -"})
    void theGuidanceIsRightAfterEveryTransition(MemberState from, String command, String to, String guidance) {
        var result = WorkspaceFixtures.fixture().given(history(from)).when(command(command));
        if (to.equals("refused")) {
            result.expectNoEvents().expectException(ApiException.class);
            assertThat(from.guidance().label()).isEqualTo(guidance);
            return;
        }
        result.expectSuccessfulHandlerExecution().expectState(workspace -> {
            if (to.equals("gone")) {
                assertThat(workspace.stateOf(ANN)).isNull();
            } else {
                assertThat(workspace.stateOf(ANN)).isEqualTo(MemberState.valueOf(to));
                assertThat(workspace.stateOf(ANN).guidance().label()).isEqualTo(guidance);
            }
        });
    }

    private static List<Object> history(MemberState state) {
        List<Object> events = new ArrayList<>(List.of(created(5), added(ANN, ANN_EMAIL)));
        switch (state) {
            case ADDED -> { }
            case INVITED -> events.add(reserved(ANN, INVITATION_1, ANN_EMAIL));
            case ACTIVE -> events.addAll(List.of(reserved(ANN, INVITATION_1, ANN_EMAIL),
                    joined(ANN, INVITATION_1, ANN_ACCOUNT, ANN_EMAIL)));
            case EXPIRED -> events.addAll(List.of(reserved(ANN, INVITATION_1, ANN_EMAIL),
                    released(ANN, INVITATION_1, ReleaseReason.EXPIRED)));
            case DELIVERY_FAILED -> events.addAll(List.of(reserved(ANN, INVITATION_1, ANN_EMAIL),
                    released(ANN, INVITATION_1, ReleaseReason.DELIVERY_FAILED)));
            case REVOKED -> events.addAll(List.of(reserved(ANN, INVITATION_1, ANN_EMAIL),
                    joined(ANN, INVITATION_1, ANN_ACCOUNT, ANN_EMAIL),
                    new MemberRevoked(WORKSPACE, ANN, ANN_ACCOUNT, ANN_EMAIL, Set.of(Role.MEMBER), MemberState.ACTIVE,
                            INVITATION_1),
                    new SeatReleased(WORKSPACE, ANN, INVITATION_1, Products.WORKSPACE, ReleaseReason.REVOKED)));
        }
        return events;
    }

    private static Command command(String name) {
        return switch (name) {
            case "invite" -> reserve(INVITATION_2, ANN_EMAIL);
            case "accept" -> new ActivateMember(WORKSPACE, ANN, INVITATION_1, ANN_ACCOUNT);
            case "expire" -> new ReleaseSeat(WORKSPACE, ANN, INVITATION_1, ReleaseReason.EXPIRED);
            case "deliveryFails" -> new ReleaseSeat(WORKSPACE, ANN, INVITATION_1, ReleaseReason.DELIVERY_FAILED);
            case "cancel" -> new ReleaseSeat(WORKSPACE, ANN, INVITATION_1, ReleaseReason.CANCELLED);
            case "revoke" -> new RevokeMember(WORKSPACE, ANN, OWNER_ACCOUNT);
            case "remove" -> new RemoveMember(WORKSPACE, ANN, OWNER_ACCOUNT);
            default -> throw new IllegalArgumentException(name);
        };
    }
}
