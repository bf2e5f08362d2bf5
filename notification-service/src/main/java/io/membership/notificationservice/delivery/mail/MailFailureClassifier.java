package io.membership.notificationservice.delivery.mail;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Component;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells a failure worth retrying (server away, 4xx "try later") from one that is final (5xx, an address that is not
 * one). Reasons are built from codes and exception kinds only, never from the message content.
 */
@Component
public class MailFailureClassifier {

    public EmailDeliveryFailure classify(MailException failure) {
        if (failure instanceof MailParseException || failure instanceof MailPreparationException) {
            return causes(failure).stream().anyMatch(AddressException.class::isInstance)
                    ? new EmailDeliveryFailure("invalid recipient address", true)
                    : new EmailDeliveryFailure("message could not be prepared", true);
        }
        if (failure instanceof MailAuthenticationException) {
            return new EmailDeliveryFailure("SMTP authentication failed", false);
        }
        List<Throwable> causes = causes(failure);
        for (Throwable cause : causes) {
            int code = smtpReturnCode(cause);
            if (code >= 500) {
                return new EmailDeliveryFailure("SMTP server rejected the message (" + code + ")", true);
            }
            if (code >= 400) {
                return new EmailDeliveryFailure("SMTP server deferred the message (" + code + ")", false);
            }
        }
        for (Throwable cause : causes) {
            if (cause instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                    && sendFailed.getInvalidAddresses().length > 0) {
                return new EmailDeliveryFailure("invalid recipient address", true);
            }
            if (cause instanceof ConnectException) {
                return new EmailDeliveryFailure("SMTP server unreachable", false);
            }
            if (cause instanceof SocketTimeoutException) {
                return new EmailDeliveryFailure("SMTP server timed out", false);
            }
            if (cause instanceof UnknownHostException) {
                return new EmailDeliveryFailure("SMTP host unknown", false);
            }
        }
        return new EmailDeliveryFailure("mail delivery failed (" + failure.getClass().getSimpleName() + ")", false);
    }

    private static int smtpReturnCode(Throwable cause) {
        if (cause instanceof SMTPAddressFailedException e) {
            return e.getReturnCode();
        }
        if (cause instanceof SMTPSendFailedException e) {
            return e.getReturnCode();
        }
        if (cause instanceof SMTPSenderFailedException e) {
            return e.getReturnCode();
        }
        return -1;
    }

    /** The failure, its causes and, for a send failure, each message's exception chain (JavaMail nests them). */
    private static List<Throwable> causes(MailException failure) {
        List<Throwable> all = new ArrayList<>();
        addChain(all, failure);
        if (failure instanceof MailSendException send) {
            for (Exception perMessage : send.getMessageExceptions()) {
                addChain(all, perMessage);
            }
        }
        return all;
    }

    private static void addChain(List<Throwable> all, Throwable start) {
        for (Throwable t = start; t != null && !all.contains(t) && all.size() < 32; t = t.getCause()) {
            all.add(t);
        }
    }
}
