package io.membership.queryservice.members.projection;

import io.membership.contract.AccessLevel;
import io.membership.contract.MemberState;
import io.membership.contract.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One row of the members page: one member of one workspace. The state follows the workspace's ordered membership
 * stream ({@link #membershipSequence} drops stale and repeated events); invitation and delivery news are kept per
 * invitation in {@link #invitations}; the shown fields (guidance, invitedAt, reason…) are derived from both after
 * every change, so the result does not depend on the order in which the topics are read.
 */
@Document("members")
public class MemberDocument {

    @Id
    private String id;
    private String workspaceId;
    private String memberId;
    private String email;
    private String emailKey;
    private MemberState state;
    private List<Role> roles = List.of();
    private List<String> tags = List.of();
    private Map<String, AccessLevel> addOns = new TreeMap<>();
    private String guidance;
    private String confirmation;
    private String invitationId;
    private Instant invitedAt;
    private long invitedAtKey;
    private Instant expiresAt;
    private String accountId;
    private String reason;
    private String membershipReason;
    private Instant joinedAt;
    private Instant updatedAt;
    private long membershipSequence = -1;
    private Map<String, InvitationTrace> invitations = new HashMap<>();
    @Version
    private Long version;

    public static String idOf(String workspaceId, String memberId) {
        return workspaceId + ":" + memberId;
    }

    public static MemberDocument create(String workspaceId, String memberId) {
        MemberDocument member = new MemberDocument();
        member.id = idOf(workspaceId, memberId);
        member.workspaceId = workspaceId;
        member.memberId = memberId;
        return member;
    }

    /** A membership event changes the state only when it is newer than the last one applied. */
    boolean applyMembership(long sequence, Instant at, Runnable transition) {
        if (sequence >= 0 && sequence <= membershipSequence) {
            return false;
        }
        transition.run();
        membershipSequence = Math.max(membershipSequence, sequence);
        touch(at);
        return true;
    }

    /** Stale or early events still supply what nobody else has told yet. */
    boolean fillGaps(String knownEmail, Set<Role> knownRoles) {
        boolean changed = false;
        if (email == null && knownEmail != null) {
            email = knownEmail;
            changed = true;
        }
        if (roles.isEmpty() && knownRoles != null && !knownRoles.isEmpty()) {
            roles = sorted(knownRoles);
            changed = true;
        }
        if (changed) {
            refresh();
        }
        return changed;
    }

    void enter(MemberState newState, String newReason) {
        state = newState;
        membershipReason = newReason;
    }

    void describe(String newEmail, Set<Role> newRoles) {
        if (newEmail != null) {
            email = newEmail;
        }
        if (newRoles != null && !newRoles.isEmpty()) {
            roles = sorted(newRoles);
        }
    }

    void replaceRoles(Set<Role> newRoles) {
        roles = newRoles == null || newRoles.isEmpty() ? List.of() : sorted(newRoles);
    }

    void swapRole(Role from, Role to) {
        EnumSet<Role> now = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        now.remove(from);
        now.add(to);
        roles = List.copyOf(now);
    }

    /** Gone from the list: no state, so no row, no seat and no access; a later MemberAdded brings it back. */
    void remove() {
        state = null;
        membershipReason = null;
        addOns.clear();
    }

    void replaceTags(Collection<String> newTags) {
        tags = newTags == null ? List.of() : List.copyOf(new TreeSet<>(newTags));
    }

    void grantAddOn(String product, AccessLevel level) {
        if (level == null || level == AccessLevel.NO_ACCESS) {
            addOns.remove(product);
        } else {
            addOns.put(product, level);
        }
    }

    void linkInvitation(String newInvitationId) {
        if (newInvitationId != null) {
            invitationId = newInvitationId;
        }
    }

    void linkAccount(String newAccountId, Instant joined) {
        accountId = newAccountId;
        joinedAt = joined;
    }

    boolean recordSend(String invitation, int attempt, Instant sentAt, Instant expires) {
        InvitationTrace trace = trace(invitation);
        if (!trace.isNewerSend(attempt)) {
            return false;
        }
        invitations.put(invitation, trace.withSend(attempt, sentAt, expires));
        touch(sentAt);
        return true;
    }

    boolean recordRejection(String invitation, String rejection, Instant at) {
        InvitationTrace trace = trace(invitation);
        if (Objects.equals(trace.rejection(), rejection)) {
            return false;
        }
        invitations.put(invitation, trace.withRejection(rejection));
        touch(at);
        return true;
    }

    boolean recordDelivery(String invitation, DeliveryStatus status, Instant at) {
        InvitationTrace trace = trace(invitation);
        if (!trace.isNewerDelivery(status, at)) {
            return false;
        }
        invitations.put(invitation, trace.withDelivery(status, at));
        touch(at);
        return true;
    }

    private InvitationTrace trace(String invitation) {
        return invitations.getOrDefault(invitation, InvitationTrace.NONE);
    }

    private void touch(Instant at) {
        if (updatedAt == null || at.isAfter(updatedAt)) {
            updatedAt = at;
        }
        refresh();
    }

    private void refresh() {
        emailKey = email == null ? "" : email.toLowerCase(Locale.ROOT);
        guidance = state == null ? null : state.guidance().label();
        confirmation = state == null ? null : state.confirmation().label();
        InvitationTrace current = invitationId == null ? InvitationTrace.NONE : trace(invitationId);
        invitedAt = current.sentAt();
        invitedAtKey = invitedAt == null ? 0 : invitedAt.toEpochMilli();
        expiresAt = state == MemberState.ACTIVE ? null : current.expiresAt();
        reason = MemberReasons.shown(state, membershipReason, current);
    }

    private static List<Role> sorted(Set<Role> roles) {
        return List.copyOf(EnumSet.copyOf(roles));
    }

    public String id() {
        return id;
    }

    public String workspaceId() {
        return workspaceId;
    }

    public String memberId() {
        return memberId;
    }

    public String email() {
        return email;
    }

    public String emailKey() {
        return emailKey == null ? "" : emailKey;
    }

    public long invitedAtKey() {
        return invitedAtKey;
    }

    public MemberState state() {
        return state;
    }

    public List<Role> roles() {
        return roles;
    }

    public List<String> tags() {
        return tags == null ? List.of() : tags;
    }

    public Map<String, AccessLevel> addOns() {
        return addOns == null ? Map.of() : addOns;
    }

    public String guidance() {
        return guidance;
    }

    public String confirmation() {
        return confirmation;
    }

    public String invitationId() {
        return invitationId;
    }

    public Instant invitedAt() {
        return invitedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public String accountId() {
        return accountId;
    }

    public String reason() {
        return reason;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
