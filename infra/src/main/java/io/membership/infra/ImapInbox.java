package io.membership.infra;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Reads mailboxes over plain IMAP, logging in as the recipient with the recipient's address as password, which is
 * how GreenMail sets up the accounts it creates on delivery (see {@link EmbeddedMail}).
 * <p>
 * IMAP cannot list other users' mailboxes, so {@link #all()} needs to be told which addresses to read.
 */
public final class ImapInbox implements Inbox {

    private static final int TIMEOUT_MILLIS = 10_000;

    private final String host;
    private final int port;
    private final Supplier<? extends Collection<String>> mailboxes;
    private final Predicate<String> mayHaveMailbox;

    /** An inbox whose {@link #all()} is not supported, since it cannot know the mailboxes. */
    public ImapInbox(String host, int port) {
        this(host, port, null);
    }

    /**
     * @param mailboxes the addresses {@link #all()} reads, asked for on every call
     */
    public ImapInbox(String host, int port, Supplier<? extends Collection<String>> mailboxes) {
        this(host, port, mailboxes, email -> true);
    }

    /**
     * @param mayHaveMailbox false for an address the server surely has no account for: it is not logged in as. A
     *                       refused IMAP log-in ends with the client dropping the connection, which leaves a GreenMail
     *                       connection thread spinning on the closed socket for good.
     */
    ImapInbox(String host, int port, Supplier<? extends Collection<String>> mailboxes,
              Predicate<String> mayHaveMailbox) {
        this.host = host;
        this.port = port;
        this.mailboxes = mailboxes;
        this.mayHaveMailbox = mayHaveMailbox;
    }

    @Override
    public List<ReceivedMail> messagesFor(String email) {
        if (!mayHaveMailbox.test(email)) {
            return List.of();
        }
        Store store = null;
        try {
            store = session().getStore("imap");
            store.connect(host, port, email, email);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<ReceivedMail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(toReceivedMail((MimeMessage) message));
                }
                mails.sort(Comparator.comparing(ReceivedMail::receivedAt));
                return mails;
            } finally {
                inbox.close(false);
            }
        } catch (AuthenticationFailedException e) {
            // GreenMail creates the account on first delivery only: no account means no mail yet
            return List.of();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read the IMAP inbox of " + email + " at " + host + ":" + port, e);
        } finally {
            closeQuietly(store);
        }
    }

    @Override
    public List<ReceivedMail> all() {
        if (mailboxes == null) {
            throw new UnsupportedOperationException(
                    "IMAP cannot list mailboxes: create the ImapInbox with the addresses to read");
        }
        // every recipient's mailbox holds its own copy of a message sent to several of them
        Set<String> seenMessageIds = new HashSet<>();
        List<ReceivedMail> mails = new ArrayList<>();
        for (String mailbox : mailboxes.get()) {
            for (ReceivedMail mail : messagesFor(mailbox)) {
                if (mail.messageId() == null || seenMessageIds.add(mail.messageId())) {
                    mails.add(mail);
                }
            }
        }
        mails.sort(Comparator.comparing(ReceivedMail::receivedAt));
        return mails;
    }

    @Override
    public String toString() {
        return "IMAP inbox at " + host + ":" + port;
    }

    private static Session session() {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        properties.put("mail.imap.timeout", String.valueOf(TIMEOUT_MILLIS));
        return Session.getInstance(properties);
    }

    private static ReceivedMail toReceivedMail(MimeMessage message) throws MessagingException, IOException {
        Bodies bodies = new Bodies();
        bodies.collect(message);
        Instant receivedAt = message.getReceivedDate() != null
                ? message.getReceivedDate().toInstant()
                : message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.EPOCH;
        return new ReceivedMail(
                ReceivedMail.stripAngleBrackets(message.getMessageID()),
                firstAddress(message.getFrom()),
                addresses(message.getRecipients(Message.RecipientType.TO)),
                message.getSubject(),
                bodies.text,
                bodies.html,
                receivedAt);
    }

    private static String firstAddress(Address[] addresses) {
        List<String> all = addresses(addresses);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<String> addresses(Address[] addresses) {
        if (addresses == null) {
            return List.of();
        }
        return Arrays.stream(addresses)
                .map(address -> address instanceof InternetAddress internet ? internet.getAddress() : address.toString())
                .toList();
    }

    private static void closeQuietly(Store store) {
        if (store != null && store.isConnected()) {
            try {
                store.close();
            } catch (MessagingException ignored) {
                // the content has been read already
            }
        }
    }

    private static final class Bodies {
        private String text;
        private String html;

        void collect(Part part) throws MessagingException, IOException {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return;
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
            } else if (part.isMimeType("text/plain") && text == null) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html") && html == null) {
                html = (String) part.getContent();
            }
        }
    }
}
