package io.membership.infra;

import java.util.List;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SMTP and IMAP server (GreenMail) inside this JVM. Mail is kept in memory only.
 * <p>
 * SMTP needs no authentication and accepts mail for any recipient. For every recipient address it has not seen
 * before, GreenMail creates a mailbox account whose login and password are both that email address.
 * <p>
 * To read the mail that was sent to {@code alice@example.com} with any mail client (Thunderbird, {@code curl},
 * jakarta.mail, ...): connect over plain IMAP (no TLS) to {@link #host()} on {@link #imapPort()}, log in with user
 * {@code alice@example.com} and password {@code alice@example.com}, open {@code INBOX}. For example:
 * <pre>
 * curl --url "imap://127.0.0.1:3143/INBOX" --user "alice@example.com:alice@example.com" --request "FETCH 1:* ENVELOPE"
 * </pre>
 * The login fails until at least one mail has been delivered to that address, because only then does the account
 * exist. {@link #inbox()} reads the same way, over IMAP.
 */
public final class EmbeddedMail implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMail.class);
    private static final String HOST = "127.0.0.1";

    static {
        MailStreamProvider.nameIt();
    }

    private final int requestedSmtpPort;
    private final int requestedImapPort;

    private GreenMail greenMail;

    /** Ports of 0 pick free ones. */
    public EmbeddedMail(int smtpPort, int imapPort) {
        if (smtpPort < 0 || smtpPort > 65535 || imapPort < 0 || imapPort > 65535) {
            throw new IllegalArgumentException("port out of range: smtp " + smtpPort + ", imap " + imapPort);
        }
        this.requestedSmtpPort = smtpPort;
        this.requestedImapPort = imapPort;
    }

    public synchronized EmbeddedMail start() {
        if (greenMail != null) {
            return this;
        }
        GreenMail candidate = new GreenMail(new ServerSetup[] {
                setup(requestedSmtpPort, ServerSetup.PROTOCOL_SMTP),
                setup(requestedImapPort, ServerSetup.PROTOCOL_IMAP)});
        try {
            candidate.start();
        } catch (RuntimeException e) {
            candidate.stop();
            throw new IllegalStateException("Embedded mail server did not start", e);
        }
        greenMail = candidate;
        log.info("Embedded mail started: SMTP {}:{}, IMAP {}:{} (login and password = recipient address)",
                HOST, smtpPort(), HOST, imapPort());
        return this;
    }

    public String host() {
        return HOST;
    }

    public synchronized int smtpPort() {
        return running().getSmtp().getPort();
    }

    public synchronized int imapPort() {
        return running().getImap().getPort();
    }

    /** The addresses that have a mailbox, that is every recipient seen so far. */
    public synchronized List<String> mailboxes() {
        return running().getUserManager().listUser().stream().map(GreenMailUser::getEmail).sorted().toList();
    }

    /** Whether a message to this address arrived, so that it has an account (GreenMail creates one on delivery). */
    public synchronized boolean hasMailbox(String email) {
        return greenMail != null && greenMail.getUserManager().listUser().stream()
                .anyMatch(user -> user.getEmail().equalsIgnoreCase(email));
    }

    /** An inbox that reads over IMAP, logging in as each recipient. */
    public Inbox inbox() {
        return new ImapInbox(host(), imapPort(), this::mailboxes, this::hasMailbox);
    }

    public synchronized boolean isRunning() {
        return greenMail != null;
    }

    @Override
    public synchronized void close() {
        if (greenMail == null) {
            return;
        }
        greenMail.stop();
        greenMail = null;
        log.info("Embedded mail stopped");
    }

    private static ServerSetup setup(int port, String protocol) {
        ServerSetup setup = new ServerSetup(port, HOST, protocol);
        return port == 0 ? setup.dynamicPort() : setup;
    }

    private GreenMail running() {
        if (greenMail == null) {
            throw new IllegalStateException("Embedded mail is not running");
        }
        return greenMail;
    }
}
