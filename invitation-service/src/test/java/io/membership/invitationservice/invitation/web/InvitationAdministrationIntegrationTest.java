package io.membership.invitationservice.invitation.web;

import io.membership.contract.MemberState;
import io.membership.contract.Products;
import io.membership.contract.Role;
import io.membership.contract.invitation.CancellationReason;
import io.membership.contract.invitation.InvitationCancelled;
import io.membership.contract.invitation.InvitationRequested;
import io.membership.contract.invitation.InvitationResent;
import io.membership.contract.membership.MemberAdded;
import io.membership.contract.membership.MemberJoined;
import io.membership.contract.membership.MemberRevoked;
import io.membership.contract.membership.MemberRolesChanged;
import io.membership.contract.membership.OwnershipTransferred;
import io.membership.contract.membership.ReleaseReason;
import io.membership.contract.membership.SeatReleased;
import io.membership.contract.membership.SeatReserved;
import io.membership.contract.notification.NotificationKind;
import io.membership.contract.notification.NotificationSent;
import io.membership.invitationservice.support.Http;
import io.membership.invitationservice.support.InvitationServiceTestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class InvitationAdministrationIntegrationTest extends InvitationServiceTestBase {

    private record Admin(UUID accountId, UUID memberId, String token) {
    }

    private Admin joinedAs(Workspace workspace, Role... roles) {
        UUID accountId = UUID.randomUUID();
        UUID memberId = UUID.randomUUID();
        String email = uniqueEmail("admin");
        membership.publish(new MemberJoined(workspace.id(), memberId, UUID.randomUUID(), accountId, email,
                Set.of(roles)));
        return new Admin(accountId, memberId, identity.token(accountId, email));
    }

    private Http.Response preview(UUID invitationId, String token) {
        return http.get("/invitations/" + invitationId + "?token=" + token, null);
    }

    @Test
    void resendRotatesTheLinkAndOnlyTheNewestWorks() {
        SentInvitation invitation = sentInvitation(newWorkspace("en"), uniqueEmail("ada"));

        Http.Response resent = http.post("/invitations/" + invitation.invitationId() + "/resend", Map.of(),
                invitation.workspace().ownerToken());

        assertThat(resent.status()).as(resent.raw()).isEqualTo(200);
        assertThat(resent.json().path("attempt").asInt()).isEqualTo(2);
        awaitEvent(InvitationResent.class, e -> e.invitationId().equals(invitation.invitationId()));
        Http.Response oldLink = preview(invitation.invitationId(), invitation.token());
        assertThat(oldLink.status()).isEqualTo(404);
        assertThat(oldLink.json().path("reason").asText()).isEqualTo("replaced");
        assertThat(preview(invitation.invitationId(), linkTokens.tokenFor(invitation.invitationId(), 2)).status())
                .isEqualTo(200);
    }

    @Test
    void resendingAnExpiredInvitationIssuesANewOneThatAsksForASeatAgain() {
        Workspace workspace = newWorkspace("en");
        SentInvitation invitation = sentInvitation(workspace, uniqueEmail("ada"));
        clock.advance(Duration.ofDays(8));
        try {
            Http.Response resent = http.post("/invitations/" + invitation.invitationId() + "/resend", Map.of(),
                    workspace.ownerToken());

            assertThat(resent.status()).as(resent.raw()).isEqualTo(202);
            UUID next = UUID.fromString(resent.json().path("invitationId").asText());
            assertThat(resent.json().path("previousInvitationId").asText())
                    .isEqualTo(invitation.invitationId().toString());
            assertThat(awaitEvent(InvitationRequested.class, e -> e.invitationId().equals(next)).data().email())
                    .isEqualTo(invitation.email());
        } finally {
            clock.advance(Duration.ofDays(-8));
        }
    }

    @Test
    void cancelKillsTheLink() {
        SentInvitation invitation = sentInvitation(newWorkspace("en"), uniqueEmail("ada"));

        Http.Response cancelled = http.post("/invitations/" + invitation.invitationId() + "/cancel", Map.of(),
                invitation.workspace().ownerToken());

        assertThat(cancelled.status()).as(cancelled.raw()).isEqualTo(200);
        InvitationCancelled event = awaitEvent(InvitationCancelled.class,
                e -> e.invitationId().equals(invitation.invitationId())).data();
        assertThat(event.reason()).isEqualTo(CancellationReason.CANCELLED);
        assertThat(event.memberId()).isEqualTo(invitation.memberId());
        Http.Response deadLink = preview(invitation.invitationId(), invitation.token());
        assertThat(deadLink.status()).isEqualTo(404);
        assertThat(deadLink.json().path("reason").asText()).isEqualTo("cancelled");
        Http.Response resendCancelled = http.post("/invitations/" + invitation.invitationId() + "/resend", Map.of(),
                invitation.workspace().ownerToken());
        assertThat(resendCancelled.status()).as(resendCancelled.raw()).isEqualTo(202);
    }

    @Test
    void resendAndCancelAreRefusedToNonAdminsAndOtherWorkspaces() {
        SentInvitation invitation = sentInvitation(newWorkspace("en"), uniqueEmail("ada"));
        Admin member = joinedAs(invitation.workspace(), Role.MEMBER);
        Workspace other = newWorkspace("en");
        await().atMost(EVENTUALLY).until(() -> http.get("/workspaces/" + invitation.workspace().id()
                + "/invitations", member.token()).status() == 403);

        for (String action : List.of("/resend", "/cancel")) {
            Http.Response byMember = http.post("/invitations/" + invitation.invitationId() + action, Map.of(),
                    member.token());
            assertThat(byMember.status()).as(byMember.raw()).isEqualTo(403);
            assertThat(byMember.json().path("code").asText()).isEqualTo("forbidden");
            Http.Response byStranger = http.post("/invitations/" + invitation.invitationId() + action, Map.of(),
                    other.ownerToken());
            assertThat(byStranger.status()).as(byStranger.raw()).isEqualTo(404);
            assertThat(http.post("/invitations/" + UUID.randomUUID() + action, Map.of(),
                    invitation.workspace().ownerToken()).status()).isEqualTo(404);
        }
        assertThat(recorded(InvitationCancelled.class, e -> e.invitationId().equals(invitation.invitationId())))
                .isEmpty();
        assertThat(recorded(InvitationResent.class, e -> e.invitationId().equals(invitation.invitationId())))
                .isEmpty();
    }

    @Test
    void revokingTheMemberKillsItsPendingLink() {
        SentInvitation invitation = sentInvitation(newWorkspace("en"), uniqueEmail("ada"));

        membership.publish(new MemberRevoked(invitation.workspace().id(), invitation.memberId(), null,
                invitation.email(), Set.of(Role.MEMBER), MemberState.INVITED, invitation.invitationId()));

        InvitationCancelled event = awaitEvent(InvitationCancelled.class,
                e -> e.invitationId().equals(invitation.invitationId())).data();
        assertThat(event.reason()).isEqualTo(CancellationReason.MEMBER_REVOKED);
        assertThat(preview(invitation.invitationId(), invitation.token()).status()).isEqualTo(404);
    }

    @Test
    void aSeatReleasedForAFailedDeliveryKillsTheLink() {
        SentInvitation invitation = sentInvitation(newWorkspace("en"), uniqueEmail("ada"));

        membership.publish(new SeatReleased(invitation.workspace().id(), invitation.memberId(),
                invitation.invitationId(), Products.WORKSPACE, ReleaseReason.DELIVERY_FAILED));

        assertThat(awaitEvent(InvitationCancelled.class, e -> e.invitationId().equals(invitation.invitationId()))
                .data().reason()).isEqualTo(CancellationReason.SEAT_RELEASED);
    }

    @Test
    void aNewerInvitationOfTheSameMemberSupersedesTheOlderLink() {
        Workspace workspace = newWorkspace("en");
        SentInvitation first = sentInvitation(workspace, uniqueEmail("ada"));
        await().atMost(EVENTUALLY).until(() -> pendingIds(workspace).contains(first.invitationId().toString()));
        UUID second = invited(workspace, first.email(), null);

        membership.publish(new SeatReserved(workspace.id(), first.memberId(), second, Products.WORKSPACE,
                first.email(), workspace.name()));

        assertThat(awaitEvent(InvitationCancelled.class, e -> e.invitationId().equals(first.invitationId()))
                .data().reason()).isEqualTo(CancellationReason.SUPERSEDED);
    }

    @Test
    void pendingInvitationsShowSentDateExpiryAndDelivery() {
        Workspace workspace = newWorkspace("en");
        SentInvitation invitation = sentInvitation(workspace, uniqueEmail("ada"));
        await().atMost(EVENTUALLY).until(() -> pendingIds(workspace).contains(invitation.invitationId().toString()));

        membership.publishNotification(new NotificationSent(UUID.randomUUID(), workspace.id(), "source",
                NotificationKind.INVITATION, invitation.email(), "en", invitation.invitationId(),
                invitation.memberId()));

        await().atMost(EVENTUALLY).until(() -> http.get("/workspaces/" + workspace.id() + "/invitations",
                workspace.ownerToken()).json().path("invitations").get(0).path("delivery").asText()
                .equals("DELIVERED"));
        var row = http.get("/workspaces/" + workspace.id() + "/invitations?status=pending", workspace.ownerToken())
                .json().path("invitations").get(0);
        assertThat(row.path("email").asText()).isEqualTo(invitation.email());
        assertThat(row.path("sentAt").asText()).isNotBlank();
        assertThat(row.path("expiresAt").asText()).isNotBlank();
        assertThat(row.path("attempt").asInt()).isEqualTo(1);
        assertThat(http.get("/workspaces/" + workspace.id() + "/invitations?status=all", workspace.ownerToken())
                .status()).isEqualTo(400);
    }

    @Test
    void membersAreInvitedInBulkByIdAndEachIdIsAnsweredOnItsOwn() {
        Workspace workspace = newWorkspace("en");
        UUID ann = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        String annEmail = uniqueEmail("ann");
        membership.publish(new MemberAdded(workspace.id(), ann, annEmail, Set.of(Role.MEMBER)));
        membership.publish(new MemberAdded(workspace.id(), bob, uniqueEmail("bob"), Set.of(Role.MEMBER)));
        membership.publish(new SeatReserved(workspace.id(), bob, UUID.randomUUID(), Products.WORKSPACE, "x", "y"));
        UUID unknown = UUID.randomUUID();
        await().atMost(EVENTUALLY).until(() -> bulk(workspace, List.of(bob)).json().path("results").get(0)
                .path("code").asText().equals("not-invitable"));

        Http.Response answer = bulk(workspace, List.of(ann, bob, unknown));

        assertThat(answer.status()).as(answer.raw()).isEqualTo(202);
        assertThat(answer.json().path("invited").asInt()).isEqualTo(1);
        var results = answer.json().path("results");
        UUID annInvitation = UUID.fromString(results.get(0).path("invitationId").asText());
        assertThat(results.get(1).path("code").asText()).isEqualTo("not-invitable");
        assertThat(results.get(2).path("code").asText()).isEqualTo("not-found");
        assertThat(awaitEvent(InvitationRequested.class, e -> e.invitationId().equals(annInvitation)).data().email())
                .isEqualTo(annEmail);
        assertThat(http.post("/workspaces/" + workspace.id() + "/invitations", Map.of("memberIds", List.of()),
                workspace.ownerToken()).status()).isEqualTo(400);
    }

    @Test
    void theDirectoryFollowsRoleChangesRevokesAndOwnershipTransfers() {
        Workspace workspace = newWorkspace("en");
        Admin admin = joinedAs(workspace, Role.ADMIN);
        await().atMost(EVENTUALLY).until(() -> canList(workspace, admin.token()) == 200);

        membership.publish(new MemberRolesChanged(workspace.id(), admin.memberId(), admin.accountId(), "a@x.test",
                Set.of(Role.ADMIN), Set.of(Role.MEMBER)));
        await().atMost(EVENTUALLY).until(() -> canList(workspace, admin.token()) == 403);

        membership.publish(new MemberRolesChanged(workspace.id(), admin.memberId(), admin.accountId(), "a@x.test",
                Set.of(Role.MEMBER), Set.of(Role.ADMIN)));
        await().atMost(EVENTUALLY).until(() -> canList(workspace, admin.token()) == 200);
        membership.publish(new OwnershipTransferred(workspace.id(), UUID.randomUUID(), workspace.ownerId(),
                workspace.ownerEmail(), admin.memberId(), admin.accountId(), "a@x.test"));
        membership.publish(new MemberRevoked(workspace.id(), UUID.randomUUID(), workspace.ownerId(),
                workspace.ownerEmail(), Set.of(Role.ADMIN), MemberState.ACTIVE, null));
        await().atMost(EVENTUALLY).until(() -> canList(workspace, workspace.ownerToken()) == 404);
        assertThat(canList(workspace, admin.token())).isEqualTo(200);
    }

    private int canList(Workspace workspace, String token) {
        return http.get("/workspaces/" + workspace.id() + "/invitations", token).status();
    }

    private Http.Response bulk(Workspace workspace, List<UUID> memberIds) {
        return http.post("/workspaces/" + workspace.id() + "/invitations", Map.of("memberIds", memberIds),
                workspace.ownerToken());
    }

    private String pendingIds(Workspace workspace) {
        return http.get("/workspaces/" + workspace.id() + "/invitations", workspace.ownerToken()).raw();
    }
}
