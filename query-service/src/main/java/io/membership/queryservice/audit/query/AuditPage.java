package io.membership.queryservice.audit.query;

import java.util.List;

/** Newest first; {@code nextBefore} is passed back as {@code before} for the next page, null on the last one. */
public record AuditPage(List<AuditEntryView> items, String nextBefore) {
}
