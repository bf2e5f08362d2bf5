package io.membership.queryservice.testing;

import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.Products;
import io.membership.contract.Role;
import io.membership.contract.AccessLevel;
import io.membership.contract.MemberState;
import io.membership.contract.invitation.CancellationReason;
import io.membership.contract.invitation.InvitationAccepted;
import io.membership.contract.invitation.InvitationCancelled;
import io.membership.contract.invitation.InvitationResent;
import io.membership.contract.membership.AddOnAccessChanged;
import io.membership.contract.membership.MemberRemoved;
import io.membership.contract.membership.MemberRevoked;
import io.membership.contract.membership.MemberRolesChanged;
import io.membership.contract.membership.MemberTagsAssigned;
import io.membership.contract.membership.OwnershipTransferred;
import io.membership.contract.membership.SeatCapacityChanged;
import io.membership.contract.invitation.InvitationExpired;
import io.membership.contract.invitation.InvitationRejected;
import io.membership.contract.invitation.InvitationRequested;
import io.membership.contract.invitation.InvitationSent;
import io.membership.contract.membership.AccountRegistered;
import io.membership.contract.membership.CurrentWorkspaceSwitched;
import io.membership.contract.membership.MemberAdded;
import io.membership.contract.membership.MemberJoined;
import io.membership.contract.membership.RejectionReason;
import io.membership.contract.membership.ReleaseReason;
import io.membership.contract.membership.SeatReleased;
import io.membership.contract.membership.SeatReservationRejected;
import io.membership.contract.membership.SeatReserved;
import io.membership.contract.membership.WorkspaceCreated;
import io.membership.contract.notification.NotificationFailed;
import io.membership.contract.notification.NotificationKind;
import io.membership.contract.notification.NotificationSent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the events of one workspace's story in the order they happen: the membership stream gets consecutive
 * sequence numbers and the clock moves one second per event. Tests may then deliver them in any order.
 */
public final class Story {

    public record Invitee(UUID memberId, String email, UUID invitationId, UUID accountId) {
        public Invitee reinvited() {
            return new Invitee(memberId, email, UUID.randomUUID(), accountId);
        }
    }

    public final UUID workspaceId = UUID.randomUUID();
    public final String workspaceName;
    public final UUID ownerAccountId = UUID.randomUUID();
    public final UUID ownerMemberId = UUID.randomUUID();
    public final String ownerEmail;
    private long membershipSequence;
    private long accountSequence;
    private Instant clock = Instant.parse("2025-03-01T10:00:00.123Z");

    public Story(String workspaceName, String ownerEmail) {
        this.workspaceName = workspaceName;
        this.ownerEmail = ownerEmail;
    }

    public Story() {
        this("Acme", "owner@example.com");
    }

    public static Invitee invitee(String email) {
        return new Invitee(UUID.randomUUID(), email, UUID.randomUUID(), UUID.randomUUID());
    }

    public EventEnvelope<Event> created(int workspaceSeats) {
        return membership(new WorkspaceCreated(workspaceId, workspaceName, ownerAccountId, ownerMemberId, ownerEmail,
                Map.of(Products.WORKSPACE, workspaceSeats, Products.CONVERSATIONS, 2), "en"));
    }

    public EventEnvelope<Event> added(Invitee who, Role... roles) {
        return membership(new MemberAdded(workspaceId, who.memberId(), who.email(), Set.of(roles)));
    }

    public EventEnvelope<Event> reserved(Invitee who) {
        return membership(new SeatReserved(workspaceId, who.memberId(), who.invitationId(), Products.WORKSPACE,
                who.email(), workspaceName));
    }

    public EventEnvelope<Event> seatRejected(Invitee who, RejectionReason reason) {
        return membership(new SeatReservationRejected(workspaceId, who.invitationId(), who.memberId(), who.email(),
                reason, "refused: " + reason));
    }

    public EventEnvelope<Event> joined(Invitee who, Role... roles) {
        return membership(new MemberJoined(workspaceId, who.memberId(), who.invitationId(), who.accountId(),
                who.email(), Set.of(roles)));
    }

    public EventEnvelope<Event> released(Invitee who, ReleaseReason reason) {
        return membership(new SeatReleased(workspaceId, who.memberId(), who.invitationId(), Products.WORKSPACE,
                reason));
    }

    public EventEnvelope<Event> rolesChanged(Invitee who, Set<Role> before, Role... roles) {
        return membership(new MemberRolesChanged(workspaceId, who.memberId(), who.accountId(), who.email(), before,
                Set.of(roles)));
    }

    public EventEnvelope<Event> tagged(Invitee who, String... tags) {
        return membership(new MemberTagsAssigned(workspaceId, who.memberId(), List.of(tags)));
    }

    public EventEnvelope<Event> addOn(Invitee who, String product, AccessLevel previous, AccessLevel level) {
        return membership(new AddOnAccessChanged(workspaceId, who.memberId(), product, previous, level));
    }

    public EventEnvelope<Event> revoked(Invitee who, Role... previousRoles) {
        return membership(new MemberRevoked(workspaceId, who.memberId(), who.accountId(), who.email(),
                Set.of(previousRoles), MemberState.ACTIVE, who.invitationId()));
    }

    public EventEnvelope<Event> removed(Invitee who) {
        return membership(new MemberRemoved(workspaceId, who.memberId(), who.accountId(), who.email(),
                who.invitationId()));
    }

    public EventEnvelope<Event> ownershipTransferredTo(Invitee who) {
        return membership(new OwnershipTransferred(workspaceId, ownerMemberId, ownerAccountId, ownerEmail,
                who.memberId(), who.accountId(), who.email()));
    }

    public EventEnvelope<Event> capacityChanged(String product, int previous, int capacity) {
        return membership(new SeatCapacityChanged(workspaceId, product, previous, capacity));
    }

    public EventEnvelope<Event> resent(Invitee who, int attempt) {
        Instant expiresAt = clock.plus(Duration.ofDays(7));
        return other(new InvitationResent(who.invitationId(), workspaceId, who.memberId(), who.email(),
                Set.of(Role.MEMBER), attempt, expiresAt, workspaceName, ownerAccountId, "en"),
                ownerAccountId.toString());
    }

    public EventEnvelope<Event> cancelled(Invitee who) {
        return other(new InvitationCancelled(who.invitationId(), workspaceId, who.memberId(), who.email(),
                CancellationReason.CANCELLED), ownerAccountId.toString());
    }

    public EventEnvelope<Event> addOnReleased(Invitee who, String product) {
        return membership(new SeatReleased(workspaceId, who.memberId(), null, product, ReleaseReason.REVOKED));
    }

    public EventEnvelope<Event> requested(Invitee who, Role... roles) {
        return other(new InvitationRequested(who.invitationId(), workspaceId, who.email(), Set.of(roles), "en",
                ownerAccountId), ownerAccountId.toString());
    }

    public EventEnvelope<Event> sent(Invitee who, int attempt) {
        Instant expiresAt = clock.plus(Duration.ofDays(7));
        return other(new InvitationSent(who.invitationId(), workspaceId, who.memberId(), who.email(),
                Set.of(Role.MEMBER), attempt, expiresAt, workspaceName, ownerAccountId, "en"), "system");
    }

    public EventEnvelope<Event> invitationRejected(Invitee who, String reason, String detail) {
        return other(new InvitationRejected(who.invitationId(), workspaceId, who.memberId(), who.email(), reason,
                detail), "system");
    }

    public EventEnvelope<Event> accepted(Invitee who) {
        return other(new InvitationAccepted(who.invitationId(), workspaceId, who.memberId(), who.accountId(),
                who.email()), who.accountId().toString());
    }

    public EventEnvelope<Event> expired(Invitee who) {
        return other(new InvitationExpired(who.invitationId(), workspaceId, who.memberId(), who.email(), clock),
                "system");
    }

    public EventEnvelope<Event> emailed(Invitee who) {
        return other(new NotificationSent(UUID.randomUUID(), workspaceId, UUID.randomUUID().toString(),
                NotificationKind.INVITATION, who.email(), "en", who.invitationId(), who.memberId()), "system");
    }

    public EventEnvelope<Event> emailFailed(Invitee who, boolean permanent) {
        return other(new NotificationFailed(UUID.randomUUID(), workspaceId, UUID.randomUUID().toString(),
                NotificationKind.INVITATION, who.email(), who.invitationId(), who.memberId(), "mailbox unavailable",
                permanent), "system");
    }

    public EventEnvelope<Event> accountRegistered(UUID accountId, String email) {
        return account(new AccountRegistered(accountId, email, "en"));
    }

    public EventEnvelope<Event> switchedTo(UUID accountId, UUID workspace) {
        return account(new CurrentWorkspaceSwitched(accountId, workspace));
    }

    private EventEnvelope<Event> membership(Event data) {
        return Envelopes.envelope(data, membershipSequence++, tick(), ownerAccountId.toString());
    }

    private EventEnvelope<Event> account(Event data) {
        return Envelopes.envelope(data, accountSequence++, tick(), data.partitionKey());
    }

    private EventEnvelope<Event> other(Event data, String actor) {
        return Envelopes.envelope(data, 0, tick(), actor);
    }

    private Instant tick() {
        clock = clock.plusSeconds(1);
        return clock;
    }
}
