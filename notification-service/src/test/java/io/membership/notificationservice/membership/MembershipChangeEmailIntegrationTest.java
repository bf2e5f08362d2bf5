package io.membership.notificationservice.membership;

import io.membership.contract.EventEnvelope;
import io.membership.contract.MemberState;
import io.membership.contract.Role;
import io.membership.contract.membership.AccountRegistered;
import io.membership.contract.membership.MemberRevoked;
import io.membership.contract.membership.MemberRolesChanged;
import io.membership.contract.membership.OwnershipTransferred;
import io.membership.contract.membership.WorkspaceCreated;
import io.membership.contract.notification.NotificationKind;
import io.membership.contract.notification.NotificationSent;
import io.membership.infra.ReceivedMail;
import io.membership.notificationservice.NotificationServiceTestContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class MembershipChangeEmailIntegrationTest extends NotificationServiceTestContext {

    private final UUID workspaceId = UUID.randomUUID();
    private final String workspace = "Changes " + RUN;

    @BeforeEach
    void workspaceIsKnown() throws Exception {
        UUID ownerId = UUID.randomUUID();
        publish(envelope(new WorkspaceCreated(workspaceId, workspace, ownerId, UUID.randomUUID(), "o@example.com",
                Map.of("workspace", 5), "de"), workspaceId.toString()));
    }

    @Test
    void memberWhoseRolesChangedIsToldInTheirAccountsLanguage() throws Exception {
        UUID accountId = UUID.randomUUID();
        String email = newEmail("roles");
        publish(envelope(new AccountRegistered(accountId, email, "fr"), accountId.toString()));
        EventEnvelope<MemberRolesChanged> changed = envelope(new MemberRolesChanged(workspaceId, UUID.randomUUID(),
                accountId, email, Set.of(Role.MEMBER), Set.of(Role.ADMIN)), workspaceId.toString());

        publish(changed);

        await().atMost(PATIENCE).until(() -> mailsTo(email).size() == 1);
        ReceivedMail mail = mailsTo(email).get(0);
        assertThat(mail.subject()).isEqualTo("Votre rôle dans l'espace de travail " + workspace + " a changé");
        assertThat(mail.textBody()).contains("administrateur").contains("assistant");
        assertThat(mail.htmlBody()).contains("administrateur");
        await().atMost(PATIENCE).until(() -> outcomesOf(changed.id()).size() == 1);
        assertThat(((NotificationSent) outcomesOf(changed.id()).get(0).envelope().data()).kind())
                .isEqualTo(NotificationKind.ROLES_CHANGED);
    }

    @Test
    void ownershipTransferIsAnnouncedToBothPeople() throws Exception {
        String from = newEmail("old-owner");
        String to = newEmail("new-owner");
        UUID toAccount = UUID.randomUUID();
        publish(envelope(new AccountRegistered(toAccount, to, "da"), toAccount.toString()));
        EventEnvelope<OwnershipTransferred> transfer = envelope(new OwnershipTransferred(workspaceId,
                UUID.randomUUID(), UUID.randomUUID(), from, UUID.randomUUID(), toAccount, to),
                workspaceId.toString());

        publish(transfer);

        await().atMost(PATIENCE).until(() -> mailsTo(from).size() == 1 && mailsTo(to).size() == 1);
        assertThat(mailsTo(to).get(0).subject()).isEqualTo("Du er nu ejer af arbejdsområdet " + workspace);
        assertThat(mailsTo(to).get(0).textBody()).contains(from);
        assertThat(mailsTo(from).get(0).subject())
                .isEqualTo("Sie sind nicht mehr Eigentümer des Arbeitsbereichs " + workspace);
        assertThat(mailsTo(from).get(0).textBody()).contains(to).contains("Administrator");
        await().atMost(PATIENCE).until(() -> outcomesOf(transfer.id()).size() == 2);
    }

    @Test
    void revokedActiveMemberIsToldAndARevokedInviteeIsNot() throws Exception {
        String active = newEmail("revoked");
        String invited = newEmail("revoked-invitee");
        EventEnvelope<MemberRevoked> revokedInvitee = envelope(new MemberRevoked(workspaceId, UUID.randomUUID(),
                null, invited, Set.of(Role.MEMBER), MemberState.INVITED, UUID.randomUUID()), workspaceId.toString());
        EventEnvelope<MemberRevoked> revoked = envelope(new MemberRevoked(workspaceId, UUID.randomUUID(),
                UUID.randomUUID(), active, Set.of(Role.MEMBER), MemberState.ACTIVE, null), workspaceId.toString());

        publish(revokedInvitee);
        publish(revoked);

        await().atMost(PATIENCE).until(() -> mailsTo(active).size() == 1);
        assertThat(mailsTo(active).get(0).subject())
                .isEqualTo("Ihr Zugang zum Arbeitsbereich " + workspace + " wurde entfernt");
        await().atMost(PATIENCE).until(() -> outcomesOf(revoked.id()).size() == 1);
        assertThat(mailsTo(invited)).isEmpty();
        assertThat(outcomesOf(revokedInvitee.id())).isEmpty();
    }
}
