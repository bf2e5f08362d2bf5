package io.membership.launcher;

import io.membership.infra.Infrastructure;
import io.membership.infra.SharedInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attacks on the running system (docs/security.md lists them). Each case checks the answer (status, Problem Details,
 * no internals) and that nothing changed: no event appended in either event store and no account created (an
 * invitation's email follows only from its events).
 */
@Order(5)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttackSuiteIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String JSON = "application/json";
    private static final JsonHttp http = new JsonHttp();
    private static Infrastructure infrastructure;
    private static RunningSystem system;
    private static Story story;
    private static String owner;
    private static String workspace;
    private static String member;
    private static String memberEmail;
    private static String outsider;
    private static String outsiderWorkspace;

    @BeforeAll
    static void setUp() {
        infrastructure = SharedInfrastructure.get();
        system = SharedSystem.get();
        story = SharedSystem.story();
        String ownerEmail = Story.uniqueEmail("attack-owner");
        story.register(ownerEmail, "owner password 1");
        owner = story.logIn(ownerEmail, "owner password 1");
        workspace = story.createWorkspace(owner, "Attack Target", 50);
        story.awaitMember(owner, workspace, ownerEmail, "OK", WAIT);

        memberEmail = Story.uniqueEmail("attack-member");
        story.invite(owner, workspace, memberEmail, "en");
        story.acceptWithNewPassword(story.linkIn(story.awaitEmail(memberEmail, WAIT)), "member password 1");
        story.awaitMember(owner, workspace, memberEmail, "OK", WAIT);
        member = story.logIn(memberEmail, "member password 1");

        String outsiderEmail = Story.uniqueEmail("attack-outsider");
        story.register(outsiderEmail, "outsider password 1");
        outsider = story.logIn(outsiderEmail, "outsider password 1");
        outsiderWorkspace = story.createWorkspace(outsider, "Elsewhere", 2);
        story.awaitMember(outsider, outsiderWorkspace, outsiderEmail, "OK", WAIT);
    }

    // --- authentication -------------------------------------------------------------------------------------

    @Test
    void aWriteWithoutATokenIsUnauthenticated() {
        refused(401, () -> post(system.membershipUrl() + "/workspaces", null, "{\"name\":\"x\",\"seats\":{\"workspace\":1}}"));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRejected() {
        String forged = io.membership.testsupport.TestIdentity.shared().token(UUID.randomUUID(), "x@example.com");
        refused(401, () -> post(system.invitationUrl() + "/workspaces/" + workspace + "/invitations", forged,
                "{\"email\":\"forged@example.com\"}"));
    }

    @Test
    void aTamperedTokenIsRejected() {
        String[] parts = owner.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("\"exp\"", "\"exp_\"").getBytes()) + "." + parts[2];
        refused(401, () -> post(system.membershipUrl() + "/workspaces", tampered,
                "{\"name\":\"x\",\"seats\":{\"workspace\":1}}"));
    }

    @Test
    void anUnsignedTokenIsRejected() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        String[] parts = owner.split("\\.");
        refused(401, () -> get(system.queryUrl() + "/workspaces/" + workspace + "/members", header + "." + parts[1] + "."));
    }

    @Test
    void garbageInTheAuthorizationHeaderIsRejected() {
        refused(401, () -> get(system.queryUrl() + "/me/workspaces", "not-a-jwt"));
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        JsonHttp.RawResponse wrong = refusedAndReturn(401, () -> post(system.membershipUrl() + "/auth/token", null,
                "{\"email\":\"" + memberEmail + "\",\"password\":\"wrong password 1\"}"));
        JsonHttp.RawResponse unknown = refusedAndReturn(401, () -> post(system.membershipUrl() + "/auth/token", null,
                "{\"email\":\"nobody-" + UUID.randomUUID() + "@example.com\",\"password\":\"wrong password 1\"}"));
        assertThat(wrong.body().replaceAll("\"instance\":\"[^\"]*\"", ""))
                .isEqualTo(unknown.body().replaceAll("\"instance\":\"[^\"]*\"", ""));
    }

    @Test
    void bruteForceLoginIsThrottled() {
        String email = Story.uniqueEmail("bruteforce");
        story.register(email, "the right password");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(post(system.membershipUrl() + "/auth/token", null,
                    "{\"email\":\"" + email + "\",\"password\":\"guess number " + i + "\"}").status());
        }
        assertThat(statuses).contains(429);
        JsonHttp.RawResponse blocked = refusedAndReturn(429, () -> post(system.membershipUrl() + "/auth/token", null,
                "{\"email\":\"" + email + "\",\"password\":\"the right password\"}"));
        assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void credentialStuffingFromOneAddressIsThrottledWhateverTheEmail() {
        String victim = Story.uniqueEmail("stuffing-victim");
        story.register(victim, "the victim's password");
        String stuffer = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            statuses.add(http.raw("POST", system.membershipUrl() + "/auth/token", forwardedFor(stuffer),
                    "{\"email\":\"" + Story.uniqueEmail("stuffed") + "\",\"password\":\"leaked password\"}")
                    .status());
        }
        assertThat(statuses).containsOnly(401, 429).contains(429);
        JsonHttp.RawResponse blocked = refusedAndReturn(429, () -> http.raw("POST", system.membershipUrl()
                + "/auth/token", forwardedFor(stuffer), "{\"email\":\"" + victim
                + "\",\"password\":\"the victim's password\"}"));
        assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
        assertThat(http.raw("POST", system.membershipUrl() + "/auth/token", forwardedFor("198.51.100.23"),
                "{\"email\":\"" + victim + "\",\"password\":\"the victim's password\"}").status())
                .isEqualTo(200);
    }

    @Test
    void theJwksPublishesNoPrivateKeyMaterial() {
        JsonHttp.RawResponse jwks = get(system.membershipUrl() + "/.well-known/jwks.json", null);
        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.body()).contains("\"kid\"", "\"n\"", "\"e\"").doesNotContain("\"d\"", "\"p\"", "\"q\"", "\"dp\"");
    }

    // --- registration and input ------------------------------------------------------------------------------

    @Test
    void registrationDoesNotRevealWhoHasAnAccount() {
        StoreSnapshot before = StoreSnapshot.take(infrastructure);
        JsonHttp.RawResponse existing = post(system.membershipUrl() + "/accounts", null,
                "{\"email\":\"" + memberEmail.toUpperCase() + "\",\"password\":\"some password 1\"}");
        assertThat(StoreSnapshot.take(infrastructure)).as("nothing changed").isEqualTo(before);
        JsonHttp.RawResponse fresh = post(system.membershipUrl() + "/accounts", null,
                "{\"email\":\"" + Story.uniqueEmail("fresh") + "\",\"password\":\"some password 1\"}");

        assertThat(existing.status()).isEqualTo(fresh.status()).isEqualTo(202);
        assertThat(existing.body()).isEqualTo(fresh.body());
        assertThat(story.logIn(memberEmail, "member password 1")).isNotBlank();
    }

    @Test
    void registeringAnInvalidEmailIsRefused() {
        refused(400, () -> post(system.membershipUrl() + "/accounts", null,
                "{\"email\":\"not-an-email\",\"password\":\"some password 1\"}"));
    }

    @Test
    void registeringATooLongEmailIsRefused() {
        String email = "a".repeat(250) + "@example.com";
        refused(400, () -> post(system.membershipUrl() + "/accounts", null,
                "{\"email\":\"" + email + "\",\"password\":\"some password 1\"}"));
    }

    @Test
    void registeringAWeakPasswordIsRefused() {
        refused(400, () -> post(system.membershipUrl() + "/accounts", null,
                "{\"email\":\"" + Story.uniqueEmail("weak") + "\",\"password\":\"short\"}"));
    }

    @Test
    void malformedJsonIsRefused() {
        refused(400, () -> post(system.membershipUrl() + "/accounts", null, "{\"email\": "));
    }

    @Test
    void aWrongContentTypeIsRefused() {
        refused(415, () -> http.raw("POST", system.membershipUrl() + "/accounts",
                Map.of("Content-Type", "text/plain"), "email=x@example.com"));
    }

    @Test
    void anOversizedWorkspaceNameIsRefused() {
        refused(400, () -> post(system.membershipUrl() + "/workspaces", owner,
                "{\"name\":\"" + "x".repeat(20_000) + "\",\"seats\":{\"workspace\":1}}"));
    }

    @Test
    void anOversizedJsonBodyIsRefusedBeforeItIsRead() {
        refused(413, () -> post(system.membershipUrl() + "/workspaces", owner,
                "{\"name\":\"" + "x".repeat(200_000) + "\",\"seats\":{\"workspace\":1}}"));
        refused(413, () -> post(system.invitationUrl() + "/workspaces/" + workspace + "/invitations", owner,
                "{\"email\":\"big@example.com\",\"locale\":\"" + "y".repeat(100_000) + "\"}"));
    }

    @Test
    void unknownFieldsAreRefusedNotIgnored() {
        JsonHttp.RawResponse massAssignment = refusedAndReturn(400, () -> post(system.invitationUrl()
                + "/workspaces/" + workspace + "/invitations", owner,
                "{\"email\":\"" + Story.uniqueEmail("mass") + "\",\"status\":\"ACCEPTED\",\"owner\":true}"));
        assertThat(massAssignment.body()).contains("unknown field");
        refused(400, () -> post(system.membershipUrl() + "/accounts", null,
                "{\"email\":\"" + Story.uniqueEmail("mass") + "\",\"password\":\"a good password 1\","
                        + "\"accountId\":\"" + UUID.randomUUID() + "\"}"));
    }

    @Test
    void aWorkspaceWithoutAWorkspaceSeatIsRefused() {
        refused(400, () -> post(system.membershipUrl() + "/workspaces", owner,
                "{\"name\":\"No seats\",\"seats\":{\"workspace\":0}}"));
    }

    @Test
    void negativeSeatsAreRefused() {
        refused(400, () -> post(system.membershipUrl() + "/workspaces", owner,
                "{\"name\":\"Negative\",\"seats\":{\"workspace\":3,\"conversations\":-1}}"));
    }

    @Test
    void anInvalidProductNameIsRefused() {
        refused(400, () -> post(system.membershipUrl() + "/workspaces", owner,
                "{\"name\":\"Bad product\",\"seats\":{\"workspace\":3,\"<script>\":1}}"));
    }

    // --- tenant isolation and privilege escalation ---------------------------------------------------------

    @Test
    void invitingIntoAnotherTenantsWorkspaceLooksLikeItDoesNotExist() {
        refused(404, () -> post(system.invitationUrl() + "/workspaces/" + outsiderWorkspace + "/invitations", owner,
                "{\"email\":\"" + Story.uniqueEmail("x") + "\"}"));
    }

    @Test
    void invitingIntoAnUnknownWorkspaceIsNotFound() {
        refused(404, () -> post(system.invitationUrl() + "/workspaces/" + UUID.randomUUID() + "/invitations", owner,
                "{\"email\":\"" + Story.uniqueEmail("x") + "\"}"));
    }

    @Test
    void aMemberCannotInvite() {
        refused(403, () -> post(system.invitationUrl() + "/workspaces/" + workspace + "/invitations", member,
                "{\"email\":\"" + Story.uniqueEmail("x") + "\"}"));
    }

    @Test
    void nobodyCanInviteSomeoneAsOwner() {
        refused(400, () -> post(system.invitationUrl() + "/workspaces/" + workspace + "/invitations", owner,
                "{\"email\":\"" + Story.uniqueEmail("x") + "\",\"roles\":[\"OWNER\"]}"));
    }

    @Test
    void anUnknownRoleIsRefused() {
        refused(400, () -> post(system.invitationUrl() + "/workspaces/" + workspace + "/invitations", owner,
                "{\"email\":\"" + Story.uniqueEmail("x") + "\",\"roles\":[\"SUPERUSER\"]}"));
    }

    @Test
    void anInvalidInviteeEmailIsRefused() {
        refused(400, () -> post(system.invitationUrl() + "/workspaces/" + workspace + "/invitations", owner,
                "{\"email\":\"a@b@c\"}"));
    }

    @Test
    void anUnsupportedLocaleIsRefused() {
        refused(400, () -> post(system.invitationUrl() + "/workspaces/" + workspace + "/invitations", owner,
                "{\"email\":\"" + Story.uniqueEmail("x") + "\",\"locale\":\"../../etc\"}"));
    }

    @Test
    void aWorkspaceIdThatIsNoUuidIsRefused() {
        refused(400, () -> post(system.invitationUrl() + "/workspaces/not-a-uuid/invitations", owner,
                "{\"email\":\"" + Story.uniqueEmail("x") + "\"}"));
    }

    @Test
    void theMembersPageOfAnotherTenantLooksLikeItDoesNotExist() {
        refused(404, () -> get(system.queryUrl() + "/workspaces/" + outsiderWorkspace + "/members", owner));
    }

    @Test
    void aMemberCannotReadTheMembersPage() {
        refused(403, () -> get(system.queryUrl() + "/workspaces/" + workspace + "/members", member));
    }

    @Test
    void aMemberCannotReadTheAuditLog() {
        refused(403, () -> get(system.queryUrl() + "/workspaces/" + workspace + "/audit", member));
    }

    @Test
    void theAuditLogOfAnotherTenantLooksLikeItDoesNotExist() {
        refused(404, () -> get(system.queryUrl() + "/workspaces/" + outsiderWorkspace + "/audit", owner));
    }

    @Test
    void seatsOfAnotherTenantLookLikeTheyDoNotExist() {
        refused(404, () -> get(system.queryUrl() + "/workspaces/" + outsiderWorkspace + "/seats", owner));
    }

    @Test
    void anAbsurdPageSizeIsRefused() {
        refused(400, () -> get(system.queryUrl() + "/workspaces/" + workspace + "/members?size=100000", owner));
    }

    @Test
    void anUnknownStateFilterIsRefused() {
        refused(400, () -> get(system.queryUrl() + "/workspaces/" + workspace + "/members?state=GOD", owner));
    }

    @Test
    void aRevokedAdminCanDoNothingMoreWithAStillValidToken() {
        String email = Story.uniqueEmail("attack-admin");
        story.invite(owner, workspace, email, "en");
        story.acceptWithNewPassword(story.linkIn(story.awaitEmail(email, WAIT)), "admin password 1");
        String adminId = story.awaitMember(owner, workspace, email, "OK", WAIT).path("memberId").asText();
        String members = system.membershipUrl() + "/workspaces/" + workspace + "/members/";
        assertThat(http.raw("PUT", members + adminId + "/roles", headers(owner, JSON), "{\"roles\":[\"ADMIN\"]}")
                .status()).isEqualTo(200);
        String admin = story.logIn(email, "admin password 1");
        assertThat(post(members + adminId + "/revoke", owner, "{}").status()).isEqualTo(200);

        refused(404, () -> http.raw("PUT", members + adminId + "/roles", headers(admin, JSON),
                "{\"roles\":[\"ADMIN\"]}"));
        refused(404, () -> post(system.membershipUrl() + "/workspaces/" + workspace + "/members", admin,
                "{\"email\":\"" + Story.uniqueEmail("sneaked") + "\"}"));
        refused(404, () -> http.raw("PUT", system.membershipUrl() + "/me/current-workspace", headers(admin, JSON),
                "{\"workspaceId\":\"" + workspace + "\"}"));
        Story.await(() -> get(system.queryUrl() + "/workspaces/" + workspace + "/members", admin).status() == 404
                ? java.util.Optional.of(true) : java.util.Optional.empty(), WAIT, "query-service to learn the revoke");
        Story.await(() -> get(system.invitationUrl() + "/workspaces/" + workspace + "/invitations?status=pending",
                admin).status() == 404 ? java.util.Optional.of(true) : java.util.Optional.empty(), WAIT,
                "invitation-service to learn the revoke");
        refused(404, () -> post(system.invitationUrl() + "/workspaces/" + workspace + "/invitations", admin,
                "{\"email\":\"" + Story.uniqueEmail("sneaked") + "\"}"));
    }

    // --- invitation links ----------------------------------------------------------------------------------

    @Test
    void aForgedLinkTokenFindsNothing() {
        Story.Link link = pendingLink();
        refused(404, () -> get(previewUrl(link.invitationId(), "A".repeat(43)), null));
    }

    @Test
    void aLinkTokenOfAnotherInvitationFindsNothing() {
        Story.Link first = pendingLink();
        Story.Link second = pendingLink();
        refused(404, () -> get(previewUrl(first.invitationId(), second.token()), null));
    }

    @Test
    void aPreviewWithoutATokenFindsNothing() {
        Story.Link link = pendingLink();
        JsonHttp.RawResponse response = refusedAndReturn(400, 404,
                () -> get(system.invitationUrl() + "/invitations/" + link.invitationId(), null));
        assertThat(response.body()).doesNotContain(link.token());
    }

    @Test
    void acceptingWithAWrongTokenChangesNothing() {
        Story.Link link = pendingLink();
        refused(404, () -> post(acceptUrl(link.invitationId()), null,
                "{\"token\":\"" + link.token().substring(1) + "x\",\"password\":\"a good password\"}"));
    }

    @Test
    void anotherAccountCannotAcceptSomeoneElsesInvitation() {
        Story.Link link = pendingLink();
        refused(403, () -> post(acceptUrl(link.invitationId()), outsider, "{\"token\":\"" + link.token() + "\"}"));
    }

    @Test
    void acceptingWithAWeakPasswordCreatesNoAccount() {
        Story.Link link = pendingLink();
        refused(400, () -> post(acceptUrl(link.invitationId()), null,
                "{\"token\":\"" + link.token() + "\",\"password\":\"short\"}"));
    }

    @Test
    void aUsedLinkCannotBeUsedAgain() {
        String email = Story.uniqueEmail("attack-reuse");
        story.invite(owner, workspace, email, "en");
        Story.Link link = story.linkIn(story.awaitEmail(email, WAIT));
        assertThat(post(acceptUrl(link.invitationId()), null,
                "{\"token\":\"" + link.token() + "\",\"password\":\"first use password\"}").status()).isEqualTo(200);
        story.awaitMember(owner, workspace, email, "OK", WAIT);
        refused(404, () -> post(acceptUrl(link.invitationId()), null,
                "{\"token\":\"" + link.token() + "\",\"password\":\"second use password\"}"));
        refused(404, () -> get(previewUrl(link.invitationId(), link.token()), null));
    }

    @Test
    void twoSimultaneousAcceptsOfOneLinkLetExactlyOneIn() {
        String email = Story.uniqueEmail("attack-race");
        story.invite(owner, workspace, email, "en");
        Story.Link link = story.linkIn(story.awaitEmail(email, WAIT));
        String body = "{\"token\":\"" + link.token() + "\",\"password\":\"a racing password\"}";
        List<CompletableFuture<Integer>> racers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            racers.add(CompletableFuture.supplyAsync(() -> post(acceptUrl(link.invitationId()), null, body).status()));
        }
        List<Integer> statuses = racers.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s != 200).allSatisfy(s -> assertThat(s).isBetween(400, 499));
        story.awaitMember(owner, workspace, email, "OK", WAIT);
    }

    @Test
    void aLinkDiesWhenTheInvitationExpires() {
        String email = Story.uniqueEmail("attack-expiry");
        story.invite(owner, workspace, email, "en");
        Story.Link link = story.linkIn(story.awaitEmail(email, WAIT));
        story.awaitMember(owner, workspace, email, "Re-invite", Duration.ofSeconds(120));
        refused(404, () -> get(previewUrl(link.invitationId(), link.token()), null));
        refused(404, () -> post(acceptUrl(link.invitationId()), null,
                "{\"token\":\"" + link.token() + "\",\"password\":\"too late password\"}"));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void guessingLinksIsRateLimited() {
        String url = previewUrl(UUID.randomUUID().toString(), "guess");
        JsonHttp.RawResponse last = null;
        for (int i = 0; i < 400 && (last == null || last.status() != 429); i++) {
            last = get(url, null);
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertProblem(last);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static Story.Link pendingLink() {
        String email = Story.uniqueEmail("attack-link");
        story.invite(owner, workspace, email, "en");
        Story.Link link = story.linkIn(story.awaitEmail(email, WAIT));
        story.awaitMember(owner, workspace, email, "Wait", WAIT);
        return link;
    }

    private static String previewUrl(String invitationId, String token) {
        return system.invitationUrl() + "/invitations/" + invitationId + "?token=" + token;
    }

    private static String acceptUrl(String invitationId) {
        return system.invitationUrl() + "/invitations/" + invitationId + "/accept";
    }

    private static JsonHttp.RawResponse get(String url, String bearer) {
        return http.raw("GET", url, headers(bearer, null), null);
    }

    private static JsonHttp.RawResponse post(String url, String bearer, String body) {
        return http.raw("POST", url, headers(bearer, JSON), body);
    }

    private static Map<String, String> forwardedFor(String clientAddress) {
        Map<String, String> headers = headers(null, JSON);
        headers.put("X-Forwarded-For", clientAddress);
        return headers;
    }

    private static Map<String, String> headers(String bearer, String contentType) {
        Map<String, String> headers = new java.util.HashMap<>();
        headers.put("Accept", "application/json");
        if (bearer != null) {
            headers.put("Authorization", "Bearer " + bearer);
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return headers;
    }

    private static void refused(int status, Supplier<JsonHttp.RawResponse> call) {
        refusedAndReturn(status, status, call);
    }

    private static JsonHttp.RawResponse refusedAndReturn(int status, Supplier<JsonHttp.RawResponse> call) {
        return refusedAndReturn(status, status, call);
    }

    private static JsonHttp.RawResponse refusedAndReturn(int lowest, int highest,
                                                         Supplier<JsonHttp.RawResponse> call) {
        StoreSnapshot before = StoreSnapshot.take(infrastructure);
        JsonHttp.RawResponse response = call.get();
        assertThat(response.status()).as(response.body()).isBetween(lowest, highest);
        assertProblem(response);
        assertThat(StoreSnapshot.take(infrastructure)).as("nothing changed").isEqualTo(before);
        return response;
    }

    private static void assertProblem(JsonHttp.RawResponse response) {
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + response.status())
                .doesNotContain("Exception", "\tat ", "org.springframework", "io.membership");
    }
}
