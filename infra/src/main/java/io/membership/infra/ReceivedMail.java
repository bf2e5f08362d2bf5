package io.membership.infra;

import java.time.Instant;
import java.util.List;

/**
 * One received message.
 *
 * @param messageId  the Message-ID header without angle brackets
 * @param from       the sender's address
 * @param to         the addresses in the To header
 * @param subject    the decoded subject
 * @param textBody   the text/plain part, or {@code null} if there is none
 * @param htmlBody   the text/html part, or {@code null} if there is none
 * @param receivedAt when the mail server received it
 */
public record ReceivedMail(
        String messageId,
        String from,
        List<String> to,
        String subject,
        String textBody,
        String htmlBody,
        Instant receivedAt) {

    public ReceivedMail {
        to = to == null ? List.of() : List.copyOf(to);
    }

    static String stripAngleBrackets(String messageId) {
        if (messageId == null) {
            return null;
        }
        String trimmed = messageId.trim();
        if (trimmed.startsWith("<") && trimmed.endsWith(">")) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
