package io.membership.queryservice.audit.query;

import java.time.Instant;

/**
 * One line of the audit log: who ({@code actor}, an account id or {@code system}) did what to which subject, with the
 * before and after of a change where the event tells both, and the service that published it ({@code source}).
 */
public record AuditEntryView(String eventId, Instant time, String actor, String actorEmail, String action,
                             String subject, String memberId, String subjectEmail, String before, String after,
                             String correlationId, String source, String workspaceId) {
}
