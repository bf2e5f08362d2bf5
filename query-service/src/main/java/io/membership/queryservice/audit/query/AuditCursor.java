package io.membership.queryservice.audit.query;

import io.membership.platform.errors.ApiException;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Where a page of the audit log ends: entries strictly older than {@code time}, or at that time with a smaller
 * event id. Written {@code <ISO-8601 instant>~<event id>}; a bare instant is accepted too.
 */
public record AuditCursor(Instant time, String eventId) {

    private static final int MAX_LENGTH = 200;
    private static final char SEPARATOR = '~';

    public static AuditCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_LENGTH) {
            throw invalid();
        }
        int separator = text.indexOf(SEPARATOR);
        String instant = separator < 0 ? text.strip() : text.substring(0, separator);
        String eventId = separator < 0 ? null : text.substring(separator + 1);
        if (eventId != null && eventId.isBlank()) {
            throw invalid();
        }
        try {
            return new AuditCursor(Instant.parse(instant), eventId);
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    public static String after(Instant time, String eventId) {
        return time.toString() + SEPARATOR + eventId;
    }

    private static ApiException invalid() {
        return ApiException.badRequest("invalid-before",
                "before must be an ISO-8601 instant or the nextBefore value of a previous page");
    }
}
