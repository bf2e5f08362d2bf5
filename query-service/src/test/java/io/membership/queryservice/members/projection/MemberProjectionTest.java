package io.membership.queryservice.members.projection;

import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.MemberState;
import io.membership.contract.Role;
import io.membership.contract.invitation.InvitationSent;
import io.membership.contract.membership.RejectionReason;
import io.membership.contract.membership.ReleaseReason;
import io.membership.queryservice.testing.ReadModels;
import io.membership.queryservice.testing.Story;
import io.membership.queryservice.testing.Story.Invitee;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class MemberProjectionTest {

    private static final Invitee ADA = Story.invitee("Ada@Example.com");

    /** Each case: the events of a story up to and including the one under test, and the row it must leave. */
    static Stream<Arguments> stateChangingEvents() {
        return Stream.of(
                arguments("member added", story((s, a) -> List.of(s.added(a, Role.MEMBER))),
                        MemberState.ADDED, "Invite", "Not confirmed", null),
                arguments("seat reserved", story((s, a) -> List.of(s.added(a, Role.MEMBER), s.reserved(a))),
                        MemberState.INVITED, "Wait", "Not confirmed", null),
                arguments("no free seat", story((s, a) -> List.of(s.added(a, Role.MEMBER),
                                s.seatRejected(a, RejectionReason.NO_FREE_SEAT))),
                        MemberState.DELIVERY_FAILED, "Re-invite", "Not confirmed", "no free seat"),
                arguments("already invited leaves the state", story((s, a) -> List.of(s.added(a, Role.MEMBER),
                                s.reserved(a), s.seatRejected(a, RejectionReason.ALREADY_INVITED))),
                        MemberState.INVITED, "Wait", "Not confirmed", null),
                arguments("member joined", story((s, a) -> List.of(s.added(a, Role.MEMBER), s.reserved(a),
                                s.joined(a, Role.MEMBER))),
                        MemberState.ACTIVE, "OK", "Confirmed", null),
                arguments("invitation expired", story((s, a) -> List.of(s.added(a, Role.MEMBER), s.reserved(a),
                                s.released(a, ReleaseReason.EXPIRED))),
                        MemberState.EXPIRED, "Re-invite", "Not confirmed", "expired"),
                arguments("email undeliverable", story((s, a) -> List.of(s.added(a, Role.MEMBER), s.reserved(a),
                                s.released(a, ReleaseReason.DELIVERY_FAILED))),
                        MemberState.DELIVERY_FAILED, "Re-invite", "Not confirmed", "email could not be delivered"),
                arguments("invitation cancelled", story((s, a) -> List.of(s.added(a, Role.MEMBER), s.reserved(a),
                                s.released(a, ReleaseReason.CANCELLED))),
                        MemberState.ADDED, "Invite", "Not confirmed", "invitation cancelled"),
                arguments("access revoked", story((s, a) -> List.of(s.added(a, Role.MEMBER), s.reserved(a),
                                s.joined(a, Role.MEMBER), s.released(a, ReleaseReason.REVOKED))),
                        MemberState.REVOKED, "Invite", "Not confirmed", "access revoked"),
                arguments("email failed for good while invited", story((s, a) -> List.of(s.added(a, Role.MEMBER),
                                s.reserved(a), s.sent(a, 1), s.emailFailed(a, true))),
                        MemberState.INVITED, "Wait", "Not confirmed", "email could not be delivered"),
                arguments("email delayed while invited", story((s, a) -> List.of(s.added(a, Role.MEMBER),
                                s.reserved(a), s.sent(a, 1), s.emailFailed(a, false))),
                        MemberState.INVITED, "Wait", "Not confirmed", "email delivery delayed, retrying"),
                arguments("invitation rejected with detail", story((s, a) -> List.of(s.added(a, Role.MEMBER),
                                s.reserved(a), s.invitationRejected(a, "NOT_ALLOWED", "inviter lost admin rights"),
                                s.released(a, ReleaseReason.CANCELLED))),
                        MemberState.ADDED, "Invite", "Not confirmed", "invitation cancelled"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stateChangingEvents")
    void eachStateChangingEventLeavesTheRowOfDesignSection2(String name, List<EventEnvelope<Event>> events,
                                                            MemberState state, String guidance, String confirmation,
                                                            String reason) {
        ReadModels readModels = ReadModels.fresh();
        events.forEach(readModels.dispatcher::project);

        MemberDocument member = readModels.member(workspaceOf(events), ADA.memberId());
        assertThat(member.state()).isEqualTo(state);
        assertThat(member.guidance()).isEqualTo(guidance);
        assertThat(member.confirmation()).isEqualTo(confirmation);
        assertThat(member.reason()).isEqualTo(reason);
        assertThat(member.email()).isEqualTo("Ada@Example.com");
        assertThat(member.roles()).containsExactly(Role.MEMBER);
    }

    @Test
    void workspaceCreatedMakesTheOwnerAnActiveConfirmedOwner() {
        Story story = new Story();
        ReadModels readModels = ReadModels.fresh().project(story.created(3));

        MemberDocument owner = readModels.member(story.workspaceId, story.ownerMemberId);
        assertThat(owner.state()).isEqualTo(MemberState.ACTIVE);
        assertThat(owner.roles()).containsExactly(Role.OWNER);
        assertThat(owner.guidance()).isEqualTo("OK");
        assertThat(owner.confirmation()).isEqualTo("Confirmed");
        assertThat(owner.accountId()).isEqualTo(story.ownerAccountId.toString());
        assertThat(owner.email()).isEqualTo(story.ownerEmail);
    }

    @Test
    void memberJoinedLinksTheAccountAndForgetsTheExpiry() {
        Story story = new Story();
        ReadModels readModels = ReadModels.fresh().project(story.created(3), story.added(ADA, Role.ADMIN),
                story.reserved(ADA), story.sent(ADA, 1), story.joined(ADA, Role.ADMIN));

        MemberDocument member = readModels.member(story.workspaceId, ADA.memberId());
        assertThat(member.accountId()).isEqualTo(ADA.accountId().toString());
        assertThat(member.roles()).containsExactly(Role.ADMIN);
        assertThat(member.invitedAt()).isNotNull();
        assertThat(member.expiresAt()).isNull();
    }

    @Test
    void invitationSentGivesTheInvitedRowItsDates() {
        Story story = new Story();
        EventEnvelope<Event> sent = story.sent(ADA, 1);
        ReadModels readModels = ReadModels.fresh().project(story.added(ADA, Role.MEMBER), story.reserved(ADA), sent);

        MemberDocument member = readModels.member(story.workspaceId, ADA.memberId());
        assertThat(member.invitationId()).isEqualTo(ADA.invitationId().toString());
        assertThat(member.invitedAt()).isEqualTo(sent.time());
        assertThat(member.expiresAt()).isEqualTo(((InvitationSent) sent.data()).expiresAt());
    }

    @Test
    void aReinviteShowsTheNewInvitationAndNotTheOldFailure() {
        Story story = new Story();
        Invitee again = ADA.reinvited();
        ReadModels readModels = ReadModels.fresh().project(story.added(ADA, Role.MEMBER), story.reserved(ADA),
                story.sent(ADA, 1), story.emailFailed(ADA, true), story.released(ADA, ReleaseReason.DELIVERY_FAILED),
                story.reserved(again));
        EventEnvelope<Event> sentAgain = story.sent(again, 1);
        readModels.project(sentAgain, story.emailFailed(ADA, true));

        MemberDocument member = readModels.member(story.workspaceId, ADA.memberId());
        assertThat(member.state()).isEqualTo(MemberState.INVITED);
        assertThat(member.invitationId()).isEqualTo(again.invitationId().toString());
        assertThat(member.invitedAt()).isEqualTo(sentAgain.time());
        assertThat(member.reason()).isNull();
    }

    private static List<EventEnvelope<Event>> story(BiFunction<Story, Invitee, List<EventEnvelope<Event>>> events) {
        Story story = new Story();
        List<EventEnvelope<Event>> all = new ArrayList<>();
        all.add(story.created(5));
        all.addAll(events.apply(story, ADA));
        return all;
    }

    private static UUID workspaceOf(List<EventEnvelope<Event>> events) {
        return UUID.fromString(events.get(0).workspaceId());
    }
}
