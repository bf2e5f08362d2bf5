package io.membership.notificationservice.delivery.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.annotation.PreDestroy;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Hands one email (plain text and HTML alternatives) to the SMTP server, retrying transient failures with
 * exponential back-off; throws {@link EmailDeliveryFailure} when it gives up.
 */
@Component
public class EmailSender {

    /** Hooks around each attempt: the delivery keeps its lease alive, metrics count the retries. */
    public interface Attempts {
        void beforeAttempt(int attempt);
    }

    private static final int MAX_IDLE_CONNECTIONS = 4;
    private static final Duration MAX_IDLE = Duration.ofSeconds(30);
    private static final String ANGUS_STREAM_PROVIDER = "org/eclipse/angus/mail/util/MailStreamProvider.class";
    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

    static {
        // jakarta.mail otherwise finds its StreamProvider through ServiceLoader on every message: a scan of every jar
        // on the class path, measured at a third of each send's CPU. Naming the implementation skips the scan.
        if (System.getProperty(StreamProvider.class.getName()) == null
                && EmailSender.class.getClassLoader().getResource(ANGUS_STREAM_PROVIDER) != null) {
            System.setProperty(StreamProvider.class.getName(), "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final JavaMailSender mail;
    private final SmtpConnections connections;
    private final MailFailureClassifier classifier;
    private final RetryTemplate retry;
    private final InternetAddress from;
    private final int maxAttempts;

    public EmailSender(JavaMailSender mail, MailFailureClassifier classifier, MailSettings settings) {
        this.mail = mail;
        this.connections = mail instanceof JavaMailSenderImpl impl
                ? new SmtpConnections(impl, MAX_IDLE_CONNECTIONS, MAX_IDLE, Clock.systemUTC()) : null;
        this.classifier = classifier;
        this.maxAttempts = settings.retry().maxAttempts();
        this.from = parseFrom(settings.from());
        this.retry = RetryTemplate.builder()
                .maxAttempts(maxAttempts)
                .exponentialBackoff(settings.retry().initialInterval(), settings.retry().multiplier(),
                        settings.retry().maxInterval(), true)
                .retryOn(failure -> failure instanceof EmailDeliveryFailure f && !f.permanent())
                .build();
    }

    public void send(OutgoingEmail email, Attempts attempts) {
        retry.execute(context -> {
            int attempt = context.getRetryCount() + 1;
            attempts.beforeAttempt(attempt);
            try {
                send(email);
                return null;
            } catch (MailException e) {
                EmailDeliveryFailure failure = classifier.classify(e);
                log.info("email attempt {}/{} to {} failed: {}", attempt, maxAttempts, email.to(), failure.reason());
                throw failure;
            }
        }, context -> {
            EmailDeliveryFailure last = (EmailDeliveryFailure) context.getLastThrowable();
            if (last.permanent()) {
                throw last;
            }
            throw new EmailDeliveryFailure(last.reason() + " (gave up after " + context.getRetryCount()
                    + " attempts)", false);
        });
    }

    private void send(OutgoingEmail email) {
        if (connections == null) {
            mail.send(mime -> prepare(mime, email));
            return;
        }
        MimeMessage mime = mail.createMimeMessage();
        try {
            prepare(mime, email);
        } catch (jakarta.mail.MessagingException e) {
            throw new MailParseException(e);
        }
        connections.send(mime);
    }

    @PreDestroy
    void closeConnections() {
        if (connections != null) {
            connections.close();
        }
    }

    private void prepare(MimeMessage mime, OutgoingEmail email) throws jakarta.mail.MessagingException {
        MimeMessageHelper message = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
        message.setFrom(from);
        message.setTo(new InternetAddress(email.to(), true));
        message.setSubject(email.subject());
        message.setText(email.textBody(), email.htmlBody());
        mime.setHeader("Auto-Submitted", "auto-generated");
        mime.setHeader("Content-Language", email.locale().toLanguageTag());
    }

    private static InternetAddress parseFrom(String from) {
        try {
            return new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("membership.mail.from is not an email address: " + from, e);
        }
    }
}
