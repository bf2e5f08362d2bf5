package io.membership.launcher;

import io.membership.infra.ReceivedMail;
import io.membership.infra.SharedInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an invited person sees: the emailed link opened in a real browser, through the gateway, with nothing but
 * the pages. The invitations here expire after 30 seconds (SharedSystem), so the expired link is invited first and
 * opened last.
 */
@Order(3)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvitationPagesIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static Story story;
    private static String gateway;
    private static String ownerEmail;
    private static String owner;
    private static String workspaceId;
    private static String lateEmail;
    private static final List<String> tokens = new ArrayList<>();

    @BeforeAll
    static void workspaceWithOneInvitationLeftToExpire() {
        RunningSystem system = SharedSystem.get();
        story = SharedSystem.story();
        gateway = system.gatewayUrl();
        ownerEmail = Story.uniqueEmail("page-owner");
        story.register(ownerEmail, "owner password 1");
        owner = story.logIn(ownerEmail, "owner password 1");
        workspaceId = story.createWorkspace(owner, "Pages & Co", 10);
        lateEmail = Story.uniqueEmail("late");
        story.invite(owner, workspaceId, lateEmail, "de");
    }

    @Test
    @Order(1)
    void aNewPersonAcceptsFromTheEmailedLinkInTheirLanguage() {
        String alice = Story.uniqueEmail("alice");
        story.invite(owner, workspaceId, alice, "fr");
        String link = emailedLink(alice);

        try (Browser browser = Browser.open("en-GB")) {
            browser.go(link);
            assertThat(browser.url()).isEqualTo(gateway + "/join/" + idOf(link)).doesNotContain("token");
            assertThat(browser.lang()).isEqualTo("fr");
            assertThat(browser.title()).contains("Pages & Co", "Workspace membership");
            assertThat(browser.text("invited-email")).isEqualTo(alice);
            assertThat(browser.text("invited-by")).contains(ownerEmail);
            assertThat(browser.text("roles")).isEqualTo("Membre");
            assertThat(browser.text("expires")).isNotBlank();
            assertThat(browser.pageSource()).doesNotContain(tokenOf(link));
            browser.screenshot("invitation-new-person-fr");

            browser.type("password", "alice password 1").type("confirmation", "alice password 2").click("accept");
            assertThat(browser.text("error")).contains("pas identiques");
            assertThat(browser.has("password")).isTrue();
            browser.screenshot("invitation-password-error-fr");

            browser.type("password", "alice password 1").type("confirmation", "alice password 1").click("accept");
            assertThat(browser.url()).startsWith(gateway + "/welcome");
            assertThat(browser.lang()).isEqualTo("fr");
            browser.awaitText("joined", "Pages & Co");
            assertThat(browser.text("logged-in-as")).contains(alice);
            browser.screenshot("welcome-after-joining-fr");
        }
        story.awaitMember(owner, workspaceId, alice, "OK", WAIT);
        assertThat(story.logIn(alice, "alice password 1")).isNotBlank();
    }

    @Test
    @Order(2)
    void anExistingAccountLogsInAndAccepts() {
        String bob = Story.uniqueEmail("bob");
        story.register(bob, "bob password 12");
        story.invite(owner, workspaceId, bob, "en");
        String link = emailedLink(bob);

        try (Browser browser = Browser.open("da")) {
            browser.go(link);
            assertThat(browser.lang()).isEqualTo("en");
            assertThat(browser.has("confirmation")).isFalse();
            browser.screenshot("invitation-existing-account-en");

            browser.type("password", "not bob's password").click("accept");
            assertThat(browser.text("error")).contains("not right");

            browser.type("password", "bob password 12").click("accept");
            assertThat(browser.lang()).isEqualTo("en");
            browser.awaitText("joined", "Pages & Co");
            assertThat(browser.text("workspaces")).contains("Pages & Co");
        }
        story.awaitMember(owner, workspaceId, bob, "OK", WAIT);
    }

    @Test
    @Order(3)
    void aUsedLinkSaysSoAndPointsToTheLogIn() {
        String carol = Story.uniqueEmail("carol");
        story.invite(owner, workspaceId, carol, "da");
        String link = emailedLink(carol);
        assertThat(story.acceptWithNewPassword(new Story.Link(idOf(link), tokenOf(link)), "carol password 1").status())
                .isEqualTo(200);

        try (Browser browser = Browser.open("en")) {
            browser.go(link);
            assertThat(browser.reason()).isEqualTo("accepted");
            assertThat(browser.lang()).isEqualTo("da");
            assertThat(browser.text("what-to-do")).isNotBlank();
            browser.screenshot("invitation-already-used-da");
        }
    }

    @Test
    @Order(4)
    void someoneLoggedInWithAnotherAccountIsToldToLogOutFirst() {
        String dave = Story.uniqueEmail("dave");
        story.invite(owner, workspaceId, dave, "en");
        String link = emailedLink(dave);

        try (Browser browser = Browser.open("en")) {
            browser.go(gateway + "/login").type("email", ownerEmail).type("password", "owner password 1")
                    .click("log-in");
            assertThat(browser.url()).startsWith(gateway + "/welcome");
            assertThat(browser.pageSource()).contains("Pages &amp; Co");

            browser.go(link);
            assertThat(browser.reason()).isEqualTo("wrong-account");
            assertThat(browser.text("what-to-do")).contains(ownerEmail, dave);
            browser.screenshot("invitation-wrong-account-en");

            browser.click("logout");
            assertThat(browser.url()).isEqualTo(gateway + "/join/" + idOf(link));
            browser.type("password", "dave password 1").type("confirmation", "dave password 1").click("accept");
            assertThat(browser.text("logged-in-as")).contains(dave);
        }
    }

    @Test
    @Order(4)
    void aForgedLinkGetsTheNeutralPageAndThePageFitsAPhone() {
        String erin = Story.uniqueEmail("erin");
        story.invite(owner, workspaceId, erin, "de");
        String link = emailedLink(erin);

        try (Browser browser = Browser.open("de").atPhoneWidth()) {
            browser.go(link.replace(tokenOf(link), tokenOf(link).substring(1) + "A"));
            assertThat(browser.reason()).isEqualTo("not-valid");

            browser.go(link);
            assertThat(browser.lang()).isEqualTo("de");
            assertThat(browser.has("password")).isTrue();
            assertThat(browser.fitsWidth()).isTrue();
            browser.screenshot("invitation-new-person-de");
        }
    }

    @Test
    @Order(5)
    void aFormPostWithoutItsCsrfTokenChangesNothing() {
        String frank = Story.uniqueEmail("frank");
        story.invite(owner, workspaceId, frank, "en");
        String link = emailedLink(frank);
        JsonHttp http = new JsonHttp();

        JsonHttp.RawResponse opened = http.raw("GET", link, Map.of("Accept", "text/html"), null);
        assertThat(opened.status()).isEqualTo(303);
        assertThat(opened.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(opened.headers().firstValue("Cache-Control")).hasValue("no-store");
        String invitationCookie = opened.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("mw_invitation=")).findFirst().orElseThrow();
        assertThat(invitationCookie).contains("HttpOnly", "SameSite=Lax", "Path=/join/" + idOf(link));
        String cookie = invitationCookie.substring(0, invitationCookie.indexOf(';'));

        JsonHttp.RawResponse page = http.raw("GET", gateway + "/join/" + idOf(link), Map.of("Cookie", cookie), null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"_csrf\"").doesNotContain(tokenOf(link));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'none'", "script-src 'self'", "form-action 'self'"));

        JsonHttp.RawResponse forged = http.raw("POST", gateway + "/join/" + idOf(link) + "/accept",
                Map.of("Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded"),
                "password=frank+password+1&confirmation=frank+password+1");
        assertThat(forged.status()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/join/" + idOf(link)));
        assertThat(story.preview(new Story.Link(idOf(link), tokenOf(link))).status())
                .as("the invitation is still open").isEqualTo(200);
    }

    @Test
    @Order(6)
    void anExpiredLinkSaysToAskForANewInvitation() {
        String link = emailedLink(lateEmail);
        story.awaitMember(owner, workspaceId, lateEmail, "Re-invite", Duration.ofSeconds(120));

        try (Browser browser = Browser.open("en")) {
            browser.go(link);
            assertThat(browser.reason()).isEqualTo("expired");
            assertThat(browser.lang()).isEqualTo("de");
            assertThat(browser.title()).contains("Workspace membership");
            browser.screenshot("invitation-expired-de");
        }
    }

    @Test
    @Order(7)
    void noLinkTokenOrPasswordTypedIntoThePagesReachesALogAStoreOrATopic() throws Exception {
        List<String> secrets = new ArrayList<>(tokens);
        secrets.addAll(List.of("alice password 1", "alice password 2", "bob password 12", "not bob's password",
                "carol password 1", "dave password 1"));
        assertThat(tokens).as("the tests above opened links").hasSizeGreaterThanOrEqualTo(6);

        SecretScanner scanner = new SecretScanner(SharedInfrastructure.get(), SharedSystem.LOGS);
        assertThat(scanner.findings(List.of(ownerEmail))).as("the scanner sees what was stored").isNotEmpty();
        assertThat(scanner.findings(secrets)).isEmpty();
    }

    private static String emailedLink(String email) {
        ReceivedMail mail = story.awaitEmail(email, WAIT);
        Story.Link link = story.linkIn(mail);
        tokens.add(link.token());
        String url = gateway + "/invitations/" + link.invitationId() + "?token=" + link.token();
        assertThat(mail.textBody()).contains(url);
        return url;
    }

    private static String idOf(String link) {
        return link.substring(link.indexOf("/invitations/") + 13, link.indexOf('?'));
    }

    private static String tokenOf(String link) {
        return link.substring(link.indexOf("token=") + 6);
    }
}
