package io.membership.contract;

import io.membership.contract.invitation.InvitationAccepted;
import io.membership.contract.invitation.InvitationCancelled;
import io.membership.contract.invitation.InvitationExpired;
import io.membership.contract.invitation.InvitationRejected;
import io.membership.contract.invitation.InvitationRequested;
import io.membership.contract.invitation.InvitationResent;
import io.membership.contract.invitation.InvitationSent;
import io.membership.contract.membership.AccountRegistered;
import io.membership.contract.membership.AddOnAccessChanged;
import io.membership.contract.membership.CurrentWorkspaceSwitched;
import io.membership.contract.membership.MemberAdded;
import io.membership.contract.membership.MemberJoined;
import io.membership.contract.membership.MemberRemoved;
import io.membership.contract.membership.MemberRevoked;
import io.membership.contract.membership.MemberRolesChanged;
import io.membership.contract.membership.MemberTagsAssigned;
import io.membership.contract.membership.MembersImported;
import io.membership.contract.membership.OwnershipTransferred;
import io.membership.contract.membership.SeatCapacityChanged;
import io.membership.contract.membership.SeatReleased;
import io.membership.contract.membership.SeatReservationRejected;
import io.membership.contract.membership.SeatReserved;
import io.membership.contract.membership.WorkspaceCreated;
import io.membership.contract.notification.NotificationFailed;
import io.membership.contract.notification.NotificationSent;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every published event type, its wire name (the CloudEvents {@code type}), its current data version and its topic.
 * A changed event shape bumps the version and gets an upcaster in the consuming code; it never changes silently.
 */
public final class EventCatalog {

    public record Entry(String type, int version, Class<? extends Event> javaType, String topic) {
    }

    private static final Map<String, Entry> BY_TYPE = new LinkedHashMap<>();
    private static final Map<Class<?>, Entry> BY_CLASS = new LinkedHashMap<>();

    static {
        for (Class<? extends Event> c : List.of(AccountRegistered.class, CurrentWorkspaceSwitched.class,
                WorkspaceCreated.class, MemberAdded.class, SeatReserved.class, SeatReservationRejected.class,
                MemberJoined.class, SeatReleased.class, MemberRolesChanged.class, OwnershipTransferred.class,
                MemberRevoked.class, MemberRemoved.class, MemberTagsAssigned.class, SeatCapacityChanged.class,
                AddOnAccessChanged.class, MembersImported.class)) {
            register(c, Topics.MEMBERSHIP_EVENTS);
        }
        for (Class<? extends Event> c : List.of(InvitationRequested.class, InvitationSent.class,
                InvitationRejected.class, InvitationAccepted.class, InvitationExpired.class, InvitationResent.class,
                InvitationCancelled.class)) {
            register(c, Topics.INVITATION_EVENTS);
        }
        for (Class<? extends Event> c : List.of(NotificationSent.class, NotificationFailed.class)) {
            register(c, Topics.NOTIFICATION_EVENTS);
        }
    }

    private static void register(Class<? extends Event> javaType, String topic) {
        Entry entry = new Entry(javaType.getSimpleName(), 1, javaType, topic);
        BY_TYPE.put(entry.type(), entry);
        BY_CLASS.put(javaType, entry);
    }

    public static Optional<Entry> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static Optional<Entry> byClass(Class<?> javaType) {
        return Optional.ofNullable(BY_CLASS.get(javaType));
    }

    public static Collection<Entry> all() {
        return BY_TYPE.values();
    }

    private EventCatalog() {
    }
}
