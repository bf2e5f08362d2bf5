package io.membership.invitationservice.invitation.command;

import io.membership.contract.Role;
import io.membership.contract.invitation.AcceptInvitation;
import io.membership.contract.invitation.CancelInvitation;
import io.membership.contract.invitation.CancellationReason;
import io.membership.contract.invitation.ExpireInvitation;
import io.membership.contract.invitation.InvitationAccepted;
import io.membership.contract.invitation.InvitationCancelled;
import io.membership.contract.invitation.InvitationExpired;
import io.membership.contract.invitation.InvitationRequested;
import io.membership.contract.invitation.InvitationResent;
import io.membership.contract.invitation.InvitationSent;
import io.membership.contract.invitation.ResendInvitation;
import io.membership.testsupport.ManualClock;
import io.membership.platform.axon.ContractCommandTargetResolver;
import io.membership.platform.errors.ApiException;
import io.membership.platform.errors.RuleViolation;
import io.membership.platform.links.InvitationLinkTokens;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

class ResendAndCancelTest {

    private static final Instant NOW = Instant.parse("2030-03-01T10:00:00Z");
    private static final Duration VALIDITY = Duration.ofDays(7);
    private static final InvitationLinkTokens TOKENS =
            new InvitationLinkTokens("a-test-secret-that-is-long-enough-for-hmac");
    private static final String EMAIL = "ada@example.com";

    private final UUID invitationId = UUID.randomUUID();
    private final UUID workspaceId = UUID.randomUUID();
    private final UUID memberId = UUID.randomUUID();
    private final UUID ownerId = UUID.randomUUID();
    private final UUID adminId = UUID.randomUUID();
    private final UUID accountId = UUID.randomUUID();
    private ManualClock clock;
    private FixtureConfiguration<Invitation> fixture;

    @BeforeEach
    void setUp() {
        clock = new ManualClock(NOW);
        fixture = new AggregateTestFixture<>(Invitation.class)
                .registerCommandTargetResolver(new ContractCommandTargetResolver())
                .registerInjectableResource(clock)
                .registerInjectableResource(TOKENS)
                .registerInjectableResource(new InvitationTerms(VALIDITY))
                .registerInjectableResource((WorkspaceDefaults) id -> Optional.empty());
    }

    @Test
    void resendRotatesTheLinkWithAFreshExpiry() {
        clock.advance(Duration.ofDays(2));
        fixture.given(requested(), sent())
                .when(new ResendInvitation(invitationId, adminId))
                .expectEvents(new InvitationResent(invitationId, workspaceId, memberId, EMAIL, Set.of(Role.MEMBER), 2,
                        NOW.plus(Duration.ofDays(2)).plus(VALIDITY), "Acme", adminId, "fr"));
    }

    @Test
    void resendKillsTheOldLink() {
        fixture.given(requested(), sent(), resent(2))
                .when(new AcceptInvitation(invitationId, TOKENS.tokenFor(invitationId, 1), accountId, EMAIL))
                .expectNoEvents()
                .expectException(ApiException.class);
    }

    @Test
    void theNewestLinkWorksAfterAResend() {
        fixture.given(requested(), sent(), resent(2))
                .when(new AcceptInvitation(invitationId, TOKENS.tokenFor(invitationId, 2), accountId, EMAIL))
                .expectEvents(new InvitationAccepted(invitationId, workspaceId, memberId, accountId, EMAIL));
    }

    @Test
    void theResentExpiryIsTheOneThatCounts() {
        clock.advance(VALIDITY.plusHours(1));
        fixture.given(requested(), sent(), resent(2))
                .when(new ExpireInvitation(invitationId))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotResendMoreThanTheAttemptLimit() {
        fixture.given(requested(), sent(), resent(Invitation.MAX_ATTEMPTS))
                .when(new ResendInvitation(invitationId, adminId))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("cancel it and invite the member again"));
    }

    @Test
    void theLastAllowedResendStillWorks() {
        fixture.given(requested(), sent(), resent(Invitation.MAX_ATTEMPTS - 1))
                .when(new ResendInvitation(invitationId, adminId))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anExpiredInvitationCannotBeResent() {
        clock.advance(VALIDITY.plusDays(1));
        fixture.given(requested(), sent(), expired())
                .when(new ResendInvitation(invitationId, adminId))
                .expectNoEvents()
                .expectException(ApiException.class);
    }

    @Test
    void anAcceptedInvitationCannotBeResent() {
        fixture.given(requested(), sent(), accepted())
                .when(new ResendInvitation(invitationId, adminId))
                .expectNoEvents()
                .expectException(ApiException.class);
    }

    @Test
    void cancelKillsTheLinkAndNamesTheMember() {
        fixture.given(requested(), sent())
                .when(new CancelInvitation(invitationId, CancellationReason.CANCELLED, adminId))
                .expectEvents(new InvitationCancelled(invitationId, workspaceId, memberId, EMAIL,
                        CancellationReason.CANCELLED));
    }

    @Test
    void aCancelledLinkNoLongerOpens() {
        fixture.given(requested(), sent(), cancelled())
                .when(new AcceptInvitation(invitationId, TOKENS.tokenFor(invitationId, 1), accountId, EMAIL))
                .expectNoEvents()
                .expectException(ApiException.class);
    }

    @Test
    void aRequestedInvitationCanBeCancelledBeforeItsSeatArrives() {
        fixture.given(requested())
                .when(new CancelInvitation(invitationId, CancellationReason.CANCELLED, adminId))
                .expectEvents(new InvitationCancelled(invitationId, workspaceId, null, EMAIL,
                        CancellationReason.CANCELLED));
    }

    @Test
    void anAdminCannotCancelAnAcceptedInvitation() {
        fixture.given(requested(), sent(), accepted())
                .when(new CancelInvitation(invitationId, CancellationReason.CANCELLED, adminId))
                .expectNoEvents()
                .expectException(ApiException.class);
    }

    @Test
    void aRevokeCancelsOnlyWhatIsStillPending() {
        fixture.given(requested(), sent(), accepted())
                .when(new CancelInvitation(invitationId, CancellationReason.MEMBER_REVOKED, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aSecondCancelChangesNothing() {
        fixture.given(requested(), sent(), cancelled())
                .when(new CancelInvitation(invitationId, CancellationReason.CANCELLED, adminId))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private InvitationRequested requested() {
        return new InvitationRequested(invitationId, workspaceId, EMAIL, Set.of(Role.MEMBER), "fr", ownerId);
    }

    private InvitationSent sent() {
        return new InvitationSent(invitationId, workspaceId, memberId, EMAIL, Set.of(Role.MEMBER), 1,
                NOW.plus(VALIDITY), "Acme", ownerId, "fr");
    }

    private InvitationResent resent(int attempt) {
        return new InvitationResent(invitationId, workspaceId, memberId, EMAIL, Set.of(Role.MEMBER), attempt,
                NOW.plus(VALIDITY).plus(VALIDITY), "Acme", adminId, "fr");
    }

    private InvitationAccepted accepted() {
        return new InvitationAccepted(invitationId, workspaceId, memberId, accountId, EMAIL);
    }

    private InvitationExpired expired() {
        return new InvitationExpired(invitationId, workspaceId, memberId, EMAIL, NOW.plus(VALIDITY));
    }

    private InvitationCancelled cancelled() {
        return new InvitationCancelled(invitationId, workspaceId, memberId, EMAIL, CancellationReason.CANCELLED);
    }
}
