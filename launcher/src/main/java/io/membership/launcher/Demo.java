package io.membership.launcher;

import io.membership.infra.ImapInbox;
import io.membership.infra.ReceivedMail;

import java.time.Duration;

/**
 * Runs the backbone story against a running system, through its gateway (by default the embedded one on port 8080),
 * and prints every step, the invitation email read over IMAP, and the final members table.
 */
public final class Demo {

    public static void main(String[] args) {
        String host = System.getProperty("demo.host", "localhost");
        String gateway = "http://" + host + ":" + Integer.getInteger("demo.gateway.port", 8080);
        Story story = new Story(gateway, gateway, gateway,
                new ImapInbox(host, Integer.getInteger("demo.imap.port", 3143)), System.out::println);
        Duration wait = Duration.ofSeconds(60);

        step("1. The owner registers and logs in");
        String ownerEmail = Story.uniqueEmail("owner");
        story.register(ownerEmail, "correct horse battery");
        String owner = story.logIn(ownerEmail, "correct horse battery");

        step("2. The owner creates a workspace with 3 workspace seats (the owner holds one)");
        String workspaceId = story.createWorkspace(owner, "Acme Studio", 3);

        step("3. The owner invites Alice (French) and Carol; the invitation emails arrive");
        String alice = Story.uniqueEmail("alice");
        String carol = Story.uniqueEmail("carol");
        story.invite(owner, workspaceId, alice, "fr");
        story.invite(owner, workspaceId, carol, "en");
        ReceivedMail mail = story.awaitEmail(alice, wait);
        story.awaitEmail(carol, wait);

        step("4. Alice previews the link and accepts it by choosing a password (in a browser: open the link)");
        Story.Link link = story.linkIn(mail);
        story.preview(link);
        story.acceptWithNewPassword(link, "alice's long password");
        story.awaitMember(owner, workspaceId, alice, "OK", wait);

        step("5. A fourth person is invited beyond the seat capacity: rejected, no email");
        String bob = Story.uniqueEmail("bob");
        story.invite(owner, workspaceId, bob, "de");
        story.awaitMember(owner, workspaceId, bob, "Re-invite", wait);

        step("6. The members page, the seats and the audit log");
        story.awaitMember(owner, workspaceId, carol, "Wait", wait);
        System.out.println(story.membersTable(owner, workspaceId));
        System.out.println("seats: " + story.seats(owner, workspaceId).body());
        System.out.println("audit entries: " + story.audit(owner, workspaceId).body().path("items").size());
        System.out.println("\nDemo finished.");
    }

    private static void step(String title) {
        System.out.println("\n== " + title);
    }

    private Demo() {
    }
}
