package io.membership.queryservice.audit.projection;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One published event as the audit log shows it, keyed by the event id. {@code workspaceId} is null for account
 * events: they belong to no workspace's log. Emails of the actor are resolved when the log is read, so an account
 * registered later still gets its name. {@code before}/{@code after} describe a change where the event names both
 * sides (roles, add-on access, seat capacity, owner).
 */
@Document("audit")
public record AuditEntryDocument(@Id String id, String workspaceId, Instant time, String actor, String action,
                                 String subject, String memberId, String subjectEmail, String subjectEmailKey,
                                 String before, String after, String correlationId, String source, long sequence) {
}
