package io.membership.notificationservice.delivery.mail;

import io.membership.infra.EmbeddedMail;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailSenderTest {

    private final List<Integer> attempts = new ArrayList<>();

    @Test
    void retriesAnUnreachableServerThenGivesUpAsTransient() throws IOException {
        EmailSender sender = senderTo(closedPort());

        assertThatThrownBy(() -> sender.send(email("someone@example.com"), attempts::add))
                .isInstanceOfSatisfying(EmailDeliveryFailure.class, failure -> {
                    assertThat(failure.permanent()).isFalse();
                    assertThat(failure.reason()).isEqualTo("SMTP server unreachable (gave up after 5 attempts)");
                });
        assertThat(attempts).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void invalidAddressFailsAtOnceAsPermanent() throws IOException {
        EmailSender sender = senderTo(closedPort());

        assertThatThrownBy(() -> sender.send(email("not an address"), attempts::add))
                .isInstanceOfSatisfying(EmailDeliveryFailure.class, failure -> {
                    assertThat(failure.permanent()).isTrue();
                    assertThat(failure.reason()).isEqualTo("invalid recipient address");
                });
        assertThat(attempts).containsExactly(1);
    }

    @Test
    void anOpenConnectionTheServerDroppedIsReplacedBeforeTheNextEmail() throws IOException {
        int port = closedPort();
        EmbeddedMail server = new EmbeddedMail(port, 0).start();
        EmailSender sender = senderTo(port);
        try {
            sender.send(email("first@example.com"), attempts::add);
            sender.send(email("second@example.com"), attempts::add);
            server.close();
            server = new EmbeddedMail(port, 0).start();

            sender.send(email("third@example.com"), attempts::add);

            assertThat(attempts).as("no email needed a retry").containsExactly(1, 1, 1);
            assertThat(server.mailboxes()).containsExactly("third@example.com");
        } finally {
            sender.closeConnections();
            server.close();
        }
    }

    @Test
    void consecutiveEmailsTravelOverOneConnection() throws IOException {
        int port = closedPort();
        try (EmbeddedMail server = new EmbeddedMail(port, 0).start()) {
            EmailSender sender = senderTo(port);
            try {
                for (int i = 0; i < 3; i++) {
                    sender.send(email("reader-" + i + "@example.com"), attempts::add);
                }

                assertThat(server.mailboxes()).hasSize(3);
                assertThat(smtpConnectionThreads(port)).as("SMTP connections open at the server").isEqualTo(1);
            } finally {
                sender.closeConnections();
            }
        }
    }

    /** GreenMail handles each SMTP connection in a thread of its own, named after the connection. */
    private static long smtpConnectionThreads(int port) {
        String prefix = "smtp:127.0.0.1:" + port + "<-";
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix)).count();
    }

    @Test
    void senderAddressMustBeValid() {
        MailSettings settings = settings("not an address");

        assertThatThrownBy(() -> new EmailSender(new JavaMailSenderImpl(), new MailFailureClassifier(), settings))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("membership.mail.from");
    }

    private static EmailSender senderTo(int port) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(port);
        return new EmailSender(mail, new MailFailureClassifier(), settings("Workspace <no-reply@workspace.local>"));
    }

    private static MailSettings settings(String from) {
        return new MailSettings(from, ZoneId.of("UTC"),
                new MailSettings.Retry(5, Duration.ofMillis(1), 2.0, Duration.ofMillis(5)));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static OutgoingEmail email(String to) {
        return new OutgoingEmail(to, "Subject", "text", "<p>html</p>", Locale.ENGLISH);
    }
}
