package io.membership.queryservice.members.projection;

import io.membership.contract.AccessLevel;
import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.MemberState;
import io.membership.contract.Products;
import io.membership.contract.Role;
import io.membership.contract.invitation.InvitationRejected;
import io.membership.contract.invitation.InvitationSent;
import io.membership.contract.membership.MemberAdded;
import io.membership.contract.membership.MemberJoined;
import io.membership.contract.invitation.InvitationResent;
import io.membership.contract.membership.AddOnAccessChanged;
import io.membership.contract.membership.MemberRemoved;
import io.membership.contract.membership.MemberRevoked;
import io.membership.contract.membership.MemberRolesChanged;
import io.membership.contract.membership.MemberTagsAssigned;
import io.membership.contract.membership.OwnershipTransferred;
import io.membership.contract.membership.RejectionReason;
import io.membership.contract.membership.ReleaseReason;
import io.membership.contract.membership.SeatReleased;
import io.membership.contract.membership.SeatReservationRejected;
import io.membership.contract.membership.SeatReserved;
import io.membership.contract.membership.WorkspaceCreated;
import io.membership.contract.notification.NotificationFailed;
import io.membership.contract.notification.NotificationKind;
import io.membership.contract.notification.NotificationSent;
import io.membership.queryservice.messaging.Projection;
import io.membership.queryservice.store.VersionedDocuments;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Keeps the {@code members} collection: state from the membership stream, invitation and delivery news beside it.
 * A removed member keeps its document without a state, so it is no row anywhere; the audit log keeps its history.
 * Events this projection does not know are ignored (the audit and event history still record them).
 */
@Component
public class MemberProjection implements Projection {

    /** Only the emails that carry the invitation link tell whether the invitee could be reached. */
    private static final Set<NotificationKind> LINK_EMAILS = EnumSet.of(NotificationKind.INVITATION,
            NotificationKind.INVITATION_REMINDER, NotificationKind.INVITATION_RESENT);

    private final VersionedDocuments documents;

    public MemberProjection(VersionedDocuments documents) {
        this.documents = documents;
    }

    @Override
    public void project(EventEnvelope<Event> e) {
        Event data = e.data();
        if (data instanceof WorkspaceCreated c) {
            membership(e, c.workspaceId(), c.ownerMemberId(), c.ownerEmail(), Set.of(Role.OWNER), m -> {
                m.enter(MemberState.ACTIVE, null);
                m.describe(c.ownerEmail(), Set.of(Role.OWNER));
                m.linkAccount(c.ownerAccountId().toString(), at(e));
            });
        } else if (data instanceof MemberAdded a) {
            membership(e, a.workspaceId(), a.memberId(), a.email(), a.roles(), m -> {
                m.enter(MemberState.ADDED, null);
                m.describe(a.email(), a.roles());
            });
        } else if (data instanceof SeatReserved r && Products.WORKSPACE.equals(r.product())) {
            membership(e, r.workspaceId(), r.memberId(), r.email(), null, m -> {
                m.enter(MemberState.INVITED, null);
                m.describe(r.email(), null);
                m.linkInvitation(r.invitationId().toString());
            });
        } else if (data instanceof SeatReservationRejected r && r.memberId() != null) {
            membership(e, r.workspaceId(), r.memberId(), r.email(), null, m -> {
                if (r.reason() == RejectionReason.NO_FREE_SEAT) {
                    m.enter(MemberState.DELIVERY_FAILED, MemberReasons.of(r.reason()));
                    m.linkInvitation(r.invitationId().toString());
                }
            });
        } else if (data instanceof MemberJoined j) {
            membership(e, j.workspaceId(), j.memberId(), j.email(), j.roles(), m -> {
                m.enter(MemberState.ACTIVE, null);
                m.describe(j.email(), j.roles());
                m.linkInvitation(j.invitationId() == null ? null : j.invitationId().toString());
                m.linkAccount(j.accountId().toString(), at(e));
            });
        } else if (data instanceof SeatReleased r && Products.WORKSPACE.equals(r.product())) {
            membership(e, r.workspaceId(), r.memberId(), null, null, m -> {
                m.enter(r.reason().resultingState(), MemberReasons.of(r.reason()));
                m.linkInvitation(r.invitationId() == null ? null : r.invitationId().toString());
            });
        } else if (data instanceof SeatReleased r) {
            membership(e, r.workspaceId(), r.memberId(), null, null,
                    m -> m.grantAddOn(r.product(), AccessLevel.NO_ACCESS));
        } else if (data instanceof MemberRolesChanged c) {
            membership(e, c.workspaceId(), c.memberId(), c.email(), null, m -> m.replaceRoles(c.roles()));
        } else if (data instanceof OwnershipTransferred t) {
            membership(e, t.workspaceId(), t.fromMemberId(), t.fromEmail(), null,
                    m -> m.swapRole(Role.OWNER, Role.ADMIN));
            membership(e, t.workspaceId(), t.toMemberId(), t.toEmail(), null,
                    m -> m.swapRole(Role.ADMIN, Role.OWNER));
        } else if (data instanceof MemberRevoked r) {
            membership(e, r.workspaceId(), r.memberId(), r.email(), r.previousRoles(),
                    m -> m.enter(MemberState.REVOKED, MemberReasons.of(ReleaseReason.REVOKED)));
        } else if (data instanceof MemberRemoved r) {
            membership(e, r.workspaceId(), r.memberId(), r.email(), null, MemberDocument::remove);
        } else if (data instanceof MemberTagsAssigned t) {
            membership(e, t.workspaceId(), t.memberId(), null, null, m -> m.replaceTags(t.tags()));
        } else if (data instanceof AddOnAccessChanged a) {
            membership(e, a.workspaceId(), a.memberId(), null, null, m -> m.grantAddOn(a.product(), a.level()));
        } else if (data instanceof InvitationResent r && r.memberId() != null) {
            member(r.workspaceId(), r.memberId(), m -> m.fillGaps(r.email(), null)
                    | m.recordSend(r.invitationId().toString(), r.attempt(), at(e), millis(r.expiresAt())));
        } else if (data instanceof InvitationSent s && s.memberId() != null) {
            member(s.workspaceId(), s.memberId(), m -> m.fillGaps(s.email(), null)
                    | m.recordSend(s.invitationId().toString(), s.attempt(), at(e), millis(s.expiresAt())));
        } else if (data instanceof InvitationRejected r && r.memberId() != null) {
            member(r.workspaceId(), r.memberId(), m -> m.recordRejection(r.invitationId().toString(),
                    MemberReasons.ofInvitationRejection(r.reason(), r.detail()), at(e)));
        } else if (data instanceof NotificationFailed f && f.memberId() != null && f.invitationId() != null
                && LINK_EMAILS.contains(f.kind())) {
            DeliveryStatus status = f.permanent() ? DeliveryStatus.FAILED : DeliveryStatus.RETRYING;
            member(f.workspaceId(), f.memberId(),
                    m -> m.recordDelivery(f.invitationId().toString(), status, at(e)));
        } else if (data instanceof NotificationSent s && s.memberId() != null && s.invitationId() != null
                && LINK_EMAILS.contains(s.kind())) {
            member(s.workspaceId(), s.memberId(),
                    m -> m.recordDelivery(s.invitationId().toString(), DeliveryStatus.SENT, at(e)));
        }
    }

    private void membership(EventEnvelope<Event> e, UUID workspaceId, UUID memberId, String email, Set<Role> roles,
                            Consumer<MemberDocument> transition) {
        member(workspaceId, memberId, m -> m.fillGaps(email, roles)
                | m.applyMembership(e.sequence(), at(e), () -> transition.accept(m)));
    }

    private void member(UUID workspaceId, UUID memberId, Predicate<MemberDocument> change) {
        String ws = workspaceId.toString();
        String member = memberId.toString();
        documents.modify(MemberDocument.class, MemberDocument.idOf(ws, member),
                () -> MemberDocument.create(ws, member), change);
    }

    /** Mongo keeps milliseconds: compare what will be stored, so a repeated event finds nothing to change. */
    private static Instant at(EventEnvelope<Event> e) {
        return millis(e.time());
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
