package io.membership.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedMailIntegrationTest {

    private static EmbeddedMail mail;

    @BeforeAll
    static void startMail() {
        mail = new EmbeddedMail(0, 0).start();
    }

    @AfterAll
    static void stopMail() {
        mail.close();
    }

    @Test
    void aMailSentOverSmtpCanBeReadBackOverImap() throws MessagingException {
        String recipient = "member-" + UUID.randomUUID() + "@example.com";
        send(recipient, "Welcome", "Hello in text", "<p>Hello in <b>HTML</b></p>");

        Inbox inbox = new ImapInbox(mail.host(), mail.imapPort());
        List<ReceivedMail> received = await().atMost(Duration.ofSeconds(10))
                .until(() -> inbox.messagesFor(recipient), mails -> !mails.isEmpty());

        assertThat(received).singleElement().satisfies(m -> {
            assertThat(m.from()).isEqualTo("noreply@membership.io");
            assertThat(m.to()).containsExactly(recipient);
            assertThat(m.subject()).isEqualTo("Welcome");
            assertThat(m.textBody()).isEqualTo("Hello in text");
            assertThat(m.htmlBody()).isEqualTo("<p>Hello in <b>HTML</b></p>");
            assertThat(m.messageId()).isNotBlank().doesNotStartWith("<");
            assertThat(m.receivedAt()).isNotNull();
        });
    }

    @Test
    void anAddressThatReceivedNothingHasAnEmptyInbox() {
        assertThat(new ImapInbox(mail.host(), mail.imapPort()).messagesFor("nobody-" + UUID.randomUUID() + "@example.com"))
                .isEmpty();
    }

    @Test
    void theEmbeddedInboxDoesNotLogInForAnAddressThatHasNoMailbox() {
        long connectionsBefore = imapConnectionThreads();

        assertThat(mail.inbox().messagesFor("nobody-" + UUID.randomUUID() + "@example.com")).isEmpty();

        assertThat(imapConnectionThreads()).as("IMAP connections the server is handling").isEqualTo(connectionsBefore);
    }

    /** GreenMail handles each IMAP connection in a thread named after it; a refused log-in leaves one spinning. */
    private static long imapConnectionThreads() {
        String prefix = "imap:" + mail.host() + ":" + mail.imapPort() + "<-";
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix)).count();
    }

    @Test
    void allListsAMailToSeveralRecipientsOnce() throws MessagingException {
        String first = "first-" + UUID.randomUUID() + "@example.com";
        String second = "second-" + UUID.randomUUID() + "@example.com";
        String subject = "Team news " + UUID.randomUUID();
        send(first + "," + second, subject, "news", null);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(mail.inbox().all()).filteredOn(m -> m.subject().equals(subject)).singleElement()
                        .satisfies(m -> {
                            assertThat(m.to()).containsExactly(first, second);
                            assertThat(m.htmlBody()).isNull();
                        }));
        assertThat(mail.mailboxes()).contains(first, second);
    }

    private static void send(String recipients, String subject, String text, String html) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", mail.host());
        properties.put("mail.smtp.port", String.valueOf(mail.smtpPort()));
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("noreply@membership.io"));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipients));
        message.setSubject(subject);
        if (html == null) {
            message.setText(text, "UTF-8");
        } else {
            MimeBodyPart textPart = new MimeBodyPart();
            textPart.setText(text, "UTF-8");
            MimeBodyPart htmlPart = new MimeBodyPart();
            htmlPart.setContent(html, "text/html; charset=UTF-8");
            message.setContent(new MimeMultipart("alternative", textPart, htmlPart));
        }
        Transport.send(message);
    }
}
