package io.membership.invitationservice.invitation.command;

import io.membership.contract.Role;
import io.membership.contract.invitation.AcceptInvitation;
import io.membership.contract.invitation.ConfirmInvitationSeat;
import io.membership.contract.invitation.ExpireInvitation;
import io.membership.contract.invitation.InvitationAccepted;
import io.membership.contract.invitation.InvitationExpired;
import io.membership.contract.invitation.InvitationRejected;
import io.membership.contract.invitation.InvitationRequested;
import io.membership.contract.invitation.InvitationSent;
import io.membership.contract.invitation.InviteMember;
import io.membership.contract.invitation.RejectInvitation;
import io.membership.testsupport.ManualClock;
import io.membership.platform.axon.ContractCommandTargetResolver;
import io.membership.platform.errors.ApiException;
import io.membership.platform.links.InvitationLinkTokens;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationTest {

    private static final Instant NOW = Instant.parse("2030-03-01T10:00:00Z");
    private static final Duration VALIDITY = Duration.ofDays(7);
    private static final InvitationLinkTokens TOKENS =
            new InvitationLinkTokens("a-test-secret-that-is-long-enough-for-hmac");

    private final UUID invitationId = UUID.randomUUID();
    private final UUID workspaceId = UUID.randomUUID();
    private final UUID memberId = UUID.randomUUID();
    private final UUID ownerId = UUID.randomUUID();
    private final UUID accountId = UUID.randomUUID();
    private final Map<UUID, String> workspaceLocales = new HashMap<>();
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
                .registerInjectableResource((WorkspaceDefaults) id -> Optional.ofNullable(workspaceLocales.get(id)));
    }

    @Test
    void requestsASeatWhenInvited() {
        fixture.givenNoPriorActivity()
                .when(new InviteMember(invitationId, workspaceId, " Ada@Example.COM ", Set.of(Role.ADMIN), "fr", ownerId))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InvitationRequested(invitationId, workspaceId, "ada@example.com", Set.of(Role.ADMIN),
                        "fr", ownerId));
    }

    @Test
    void offersTheMemberRoleWhenNoneIsNamed() {
        fixture.givenNoPriorActivity()
                .when(new InviteMember(invitationId, workspaceId, "ada@example.com", Set.of(), null, ownerId))
                .expectEvents(new InvitationRequested(invitationId, workspaceId, "ada@example.com", Set.of(Role.MEMBER),
                        null, ownerId));
    }

    @Test
    void cannotOfferTheOwnerRole() {
        fixture.givenNoPriorActivity()
                .when(new InviteMember(invitationId, workspaceId, "ada@example.com", Set.of(Role.OWNER), null, ownerId))
                .expectException(ApiException.class)
                .expectNoEvents();
    }

    @Test
    void cannotInviteAnInvalidEmail() {
        fixture.givenNoPriorActivity()
                .when(new InviteMember(invitationId, workspaceId, "not-an-email", Set.of(), null, ownerId))
                .expectException(ApiException.class)
                .expectNoEvents();
    }

    @Test
    void sendsOnceTheSeatIsReserved() {
        fixture.given(requested("de"))
                .when(new ConfirmInvitationSeat(invitationId, memberId, "Acme"))
                .expectEvents(sent("de"));
    }

    @Test
    void writesInTheWorkspaceLanguageWhenTheInviterNamedNone() {
        workspaceLocales.put(workspaceId, "da");
        fixture.given(requested(null))
                .when(new ConfirmInvitationSeat(invitationId, memberId, "Acme"))
                .expectEvents(sent("da"));
    }

    @Test
    void writesInEnglishWhenNeitherInviterNorWorkspaceNamedALanguage() {
        fixture.given(requested(null))
                .when(new ConfirmInvitationSeat(invitationId, memberId, "Acme"))
                .expectEvents(sent("en"));
    }

    @Test
    void ignoresASecondSeatConfirmation() {
        fixture.given(requested("en"), sent("en"))
                .when(new ConfirmInvitationSeat(invitationId, memberId, "Acme"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void rejectsWhenTheSeatIsRefused() {
        fixture.given(requested("en"))
                .when(new RejectInvitation(invitationId, memberId, "NO_FREE_SEAT", "all 3 seats are taken"))
                .expectEvents(new InvitationRejected(invitationId, workspaceId, memberId, "ada@example.com",
                        "NO_FREE_SEAT", "all 3 seats are taken"));
    }

    @Test
    void ignoresASecondRejection() {
        fixture.given(requested("en"), rejected())
                .when(new RejectInvitation(invitationId, memberId, "NO_FREE_SEAT", "all 3 seats are taken"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void ignoresASeatConfirmationAfterTheRejection() {
        fixture.given(requested("en"), rejected())
                .when(new ConfirmInvitationSeat(invitationId, memberId, "Acme"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void acceptsWithTheCurrentLinkBeforeExpiry() {
        clock.advance(VALIDITY.minusSeconds(1));
        fixture.given(requested("en"), sent("en"))
                .when(new AcceptInvitation(invitationId, TOKENS.tokenFor(invitationId, 1), accountId, "ADA@example.com"))
                .expectEvents(new InvitationAccepted(invitationId, workspaceId, memberId, accountId, "ada@example.com"));
    }

    @Test
    void refusesAWrongToken() {
        fixture.given(requested("en"), sent("en"))
                .when(new AcceptInvitation(invitationId, "forged-token", accountId, "ada@example.com"))
                .expectException(ApiException.class)
                .expectExceptionMessage(InvitationRefusals.linkNotValid().getMessage())
                .expectNoEvents();
    }

    @Test
    void refusesTheLinkOfAnotherInvitation() {
        fixture.given(requested("en"), sent("en"))
                .when(new AcceptInvitation(invitationId, TOKENS.tokenFor(UUID.randomUUID(), 1), accountId,
                        "ada@example.com"))
                .expectException(ApiException.class)
                .expectNoEvents();
    }

    @Test
    void refusesBeforeTheSeatIsReserved() {
        fixture.given(requested("en"))
                .when(new AcceptInvitation(invitationId, TOKENS.tokenFor(invitationId, 0), accountId,
                        "ada@example.com"))
                .expectException(ApiException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAfterExpiry() {
        clock.advance(VALIDITY);
        fixture.given(requested("en"), sent("en"))
                .when(new AcceptInvitation(invitationId, TOKENS.tokenFor(invitationId, 1), accountId, "ada@example.com"))
                .expectException(ApiException.class)
                .expectNoEvents();
    }

    @Test
    void refusesASecondAccept() {
        fixture.given(requested("en"), sent("en"), accepted())
                .when(new AcceptInvitation(invitationId, TOKENS.tokenFor(invitationId, 1), accountId, "ada@example.com"))
                .expectException(ApiException.class)
                .expectExceptionMessage(InvitationRefusals.linkNotValid().getMessage())
                .expectNoEvents();
    }

    @Test
    void refusesAnAccountWithAnotherEmail() {
        fixture.given(requested("en"), sent("en"))
                .when(new AcceptInvitation(invitationId, TOKENS.tokenFor(invitationId, 1), accountId,
                        "eve@example.com"))
                .expectException(ApiException.class)
                .expectExceptionMessage(InvitationRefusals.sentToAnotherEmail().getMessage())
                .expectNoEvents();
    }

    @Test
    void refusesAnExpiredInvitationsLink() {
        fixture.given(requested("en"), sent("en"), expired())
                .when(new AcceptInvitation(invitationId, TOKENS.tokenFor(invitationId, 1), accountId, "ada@example.com"))
                .expectException(ApiException.class)
                .expectNoEvents();
    }

    @Test
    void expiresOnlyASentInvitation() {
        clock.advance(VALIDITY);
        fixture.given(requested("en"), sent("en"))
                .when(new ExpireInvitation(invitationId))
                .expectEvents(expired());
    }

    @Test
    void doesNotExpireBeforeItsTime() {
        clock.advance(VALIDITY.minusMillis(1));
        fixture.given(requested("en"), sent("en"))
                .when(new ExpireInvitation(invitationId))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void doesNotExpireAnAcceptedInvitation() {
        clock.advance(VALIDITY.plusDays(1));
        fixture.given(requested("en"), sent("en"), accepted())
                .when(new ExpireInvitation(invitationId))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void doesNotExpireARequestedOrRejectedInvitation() {
        clock.advance(VALIDITY.plusDays(1));
        fixture.given(requested("en"))
                .when(new ExpireInvitation(invitationId))
                .expectNoEvents();
        fixture.given(requested("en"), rejected())
                .when(new ExpireInvitation(invitationId))
                .expectNoEvents();
    }

    @Test
    void expiresOnlyOnce() {
        clock.advance(VALIDITY.plusDays(1));
        fixture.given(requested("en"), sent("en"), expired())
                .when(new ExpireInvitation(invitationId))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void neutralRefusalIsANotFound() {
        assertThat(InvitationRefusals.linkNotValid().status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(InvitationRefusals.sentToAnotherEmail().status()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private InvitationRequested requested(String locale) {
        return new InvitationRequested(invitationId, workspaceId, "ada@example.com", Set.of(Role.MEMBER), locale,
                ownerId);
    }

    private InvitationSent sent(String locale) {
        return new InvitationSent(invitationId, workspaceId, memberId, "ada@example.com", Set.of(Role.MEMBER), 1,
                NOW.plus(VALIDITY), "Acme", ownerId, locale);
    }

    private InvitationRejected rejected() {
        return new InvitationRejected(invitationId, workspaceId, memberId, "ada@example.com", "NO_FREE_SEAT", "full");
    }

    private InvitationAccepted accepted() {
        return new InvitationAccepted(invitationId, workspaceId, memberId, accountId, "ada@example.com");
    }

    private InvitationExpired expired() {
        return new InvitationExpired(invitationId, workspaceId, memberId, "ada@example.com", NOW.plus(VALIDITY));
    }
}
