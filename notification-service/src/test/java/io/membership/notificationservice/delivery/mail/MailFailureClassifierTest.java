package io.membership.notificationservice.delivery.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MailFailureClassifierTest {

    private final MailFailureClassifier classifier = new MailFailureClassifier();

    @Test
    void recipientRejectedWithA5xxCodeIsPermanent() throws Exception {
        EmailDeliveryFailure failure = classifier.classify(sendFailure(rejected(550)));

        assertThat(failure.permanent()).isTrue();
        assertThat(failure.reason()).isEqualTo("SMTP server rejected the message (550)");
    }

    @Test
    void recipientDeferredWithA4xxCodeIsTransient() throws Exception {
        EmailDeliveryFailure failure = classifier.classify(sendFailure(rejected(451)));

        assertThat(failure.permanent()).isFalse();
        assertThat(failure.reason()).contains("451");
    }

    @Test
    void codeNestedInASendFailureCounts() throws Exception {
        SMTPSendFailedException send = new SMTPSendFailedException("RCPT", 554, "554 rejected", rejected(554),
                new Address[0], new Address[0], new Address[0]);

        assertThat(classifier.classify(sendFailure(send)).permanent()).isTrue();
    }

    @Test
    void unreachableServerIsTransient() {
        EmailDeliveryFailure failure = classifier.classify(
                sendFailure(new MessagingException("Couldn't connect", new ConnectException("Connection refused"))));

        assertThat(failure.permanent()).isFalse();
        assertThat(failure.reason()).isEqualTo("SMTP server unreachable");
    }

    @Test
    void timeoutIsTransient() {
        EmailDeliveryFailure failure = classifier.classify(
                new MailSendException("Mail server connection failed", new SocketTimeoutException("Read timed out")));

        assertThat(failure.permanent()).isFalse();
        assertThat(failure.reason()).isEqualTo("SMTP server timed out");
    }

    @Test
    void addressThatIsNotOneIsPermanent() {
        EmailDeliveryFailure failure = classifier.classify(
                new MailParseException(new AddressException("Missing final '@domain'", "not-an-address")));

        assertThat(failure.permanent()).isTrue();
        assertThat(failure.reason()).isEqualTo("invalid recipient address");
    }

    @Test
    void authenticationProblemIsRetriedNotBlamedOnTheRecipient() {
        assertThat(classifier.classify(new MailAuthenticationException("535 bad credentials")).permanent()).isFalse();
    }

    @Test
    void unknownSendFailureIsTransient() {
        assertThat(classifier.classify(new MailSendException("something odd")).permanent()).isFalse();
    }

    private static SMTPAddressFailedException rejected(int code) throws AddressException {
        return new SMTPAddressFailedException(new InternetAddress("someone@example.com"), "RCPT TO", code,
                code + " mailbox unavailable");
    }

    private static MailSendException sendFailure(Exception perMessage) {
        return new MailSendException(Map.of(new Object(), perMessage));
    }
}
