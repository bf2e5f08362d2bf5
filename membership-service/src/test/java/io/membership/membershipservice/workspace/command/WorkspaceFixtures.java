package io.membership.membershipservice.workspace.command;

import io.membership.contract.Products;
import io.membership.contract.Role;
import io.membership.contract.membership.MemberAdded;
import io.membership.contract.membership.MemberJoined;
import io.membership.contract.membership.ReleaseReason;
import io.membership.contract.membership.ReserveSeat;
import io.membership.contract.membership.SeatReleased;
import io.membership.contract.membership.SeatReserved;
import io.membership.contract.membership.WorkspaceCreated;
import io.membership.platform.axon.ContractCommandTargetResolver;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A workspace "Acme" owned by owner@acme.test, and the events that bring members into it. */
final class WorkspaceFixtures {

    static final UUID WORKSPACE = UUID.fromString("00000000-0000-0000-0000-00000000a000");
    static final UUID OWNER_ACCOUNT = UUID.fromString("00000000-0000-0000-0000-0000000ac000");
    static final UUID OWNER_MEMBER = UUID.fromString("00000000-0000-0000-0000-00000000b000");
    static final String OWNER_EMAIL = "owner@acme.test";
    static final String NAME = "Acme";

    static final UUID ANN = UUID.fromString("00000000-0000-0000-0000-00000000b001");
    static final UUID ANN_ACCOUNT = UUID.fromString("00000000-0000-0000-0000-0000000ac001");
    static final String ANN_EMAIL = "ann@acme.test";
    static final UUID BOB = UUID.fromString("00000000-0000-0000-0000-00000000b002");
    static final String BOB_EMAIL = "bob@acme.test";

    static final UUID BOB_ACCOUNT = UUID.fromString("00000000-0000-0000-0000-0000000ac002");
    static final UUID CAROL = UUID.fromString("00000000-0000-0000-0000-00000000b003");
    static final UUID CAROL_ACCOUNT = UUID.fromString("00000000-0000-0000-0000-0000000ac003");
    static final String CAROL_EMAIL = "carol@acme.test";
    static final UUID STRANGER_ACCOUNT = UUID.fromString("00000000-0000-0000-0000-0000000acfff");

    static final UUID INVITATION_1 = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    static final UUID INVITATION_2 = UUID.fromString("00000000-0000-0000-0000-00000000c002");
    static final UUID INVITATION_3 = UUID.fromString("00000000-0000-0000-0000-00000000c003");

    static final java.time.Duration REINSTATE_WINDOW = java.time.Duration.ofDays(90);

    /** Member ids handed out in this order by the fixture's MemberIdGenerator. */
    static final List<UUID> NEXT_MEMBER_IDS = List.of(ANN, BOB);

    private WorkspaceFixtures() {
    }

    static FixtureConfiguration<Workspace> fixture() {
        return fixture(NEXT_MEMBER_IDS);
    }

    /** A fixture whose new members get {@code memberIds}, in order. */
    static FixtureConfiguration<Workspace> fixture(List<UUID> memberIds) {
        Deque<UUID> ids = new ArrayDeque<>(memberIds);
        FixtureConfiguration<Workspace> fixture = new AggregateTestFixture<>(Workspace.class);
        fixture.registerCommandTargetResolver(new ContractCommandTargetResolver());
        fixture.registerInjectableResource((MemberIdGenerator) ids::removeFirst);
        fixture.registerInjectableResource(new ReinstateWindow(REINSTATE_WINDOW));
        return fixture;
    }

    static WorkspaceCreated created(int workspaceSeats) {
        return new WorkspaceCreated(WORKSPACE, NAME, OWNER_ACCOUNT, OWNER_MEMBER, OWNER_EMAIL,
                Map.of(Products.WORKSPACE, workspaceSeats, Products.CONVERSATIONS, 1), "en");
    }

    static ReserveSeat reserve(UUID invitation, String email) {
        return reserve(invitation, email, Set.of(), OWNER_ACCOUNT);
    }

    static ReserveSeat reserve(UUID invitation, String email, Set<Role> roles, UUID requestedBy) {
        return new ReserveSeat(WORKSPACE, invitation, email, roles, requestedBy);
    }

    static MemberAdded added(UUID member, String email, Role... roles) {
        return new MemberAdded(WORKSPACE, member, email, roles.length == 0 ? Set.of(Role.MEMBER) : Set.of(roles));
    }

    static SeatReserved reserved(UUID member, UUID invitation, String email) {
        return new SeatReserved(WORKSPACE, member, invitation, Products.WORKSPACE, email, NAME);
    }

    static MemberJoined joined(UUID member, UUID invitation, UUID account, String email, Role... roles) {
        return new MemberJoined(WORKSPACE, member, invitation, account, email,
                roles.length == 0 ? Set.of(Role.MEMBER) : Set.of(roles));
    }

    /** The events that make {@code member} an ACTIVE member with {@code roles}. */
    static Object[] active(UUID member, UUID invitation, UUID account, String email, Role... roles) {
        return new Object[]{added(member, email, roles), reserved(member, invitation, email),
                joined(member, invitation, account, email, roles)};
    }

    /** A workspace with 5 seats, 1 conversations seat; Ann an ACTIVE admin, Bob an ACTIVE member, Carol INVITED. */
    static List<Object> team() {
        List<Object> events = new java.util.ArrayList<>();
        events.add(created(5));
        events.addAll(List.of(active(ANN, INVITATION_1, ANN_ACCOUNT, ANN_EMAIL, Role.ADMIN)));
        events.addAll(List.of(active(BOB, INVITATION_2, BOB_ACCOUNT, BOB_EMAIL, Role.MEMBER)));
        events.add(added(CAROL, CAROL_EMAIL, Role.MEMBER));
        events.add(reserved(CAROL, INVITATION_3, CAROL_EMAIL));
        return events;
    }

    static SeatReleased released(UUID member, UUID invitation, ReleaseReason reason) {
        return new SeatReleased(WORKSPACE, member, invitation, Products.WORKSPACE, reason);
    }
}
