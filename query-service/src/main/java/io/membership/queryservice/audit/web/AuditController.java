package io.membership.queryservice.audit.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.membership.contract.EventCatalog;
import io.membership.platform.errors.ApiException;
import io.membership.platform.security.Actor;
import io.membership.queryservice.access.QueryPermission;
import io.membership.queryservice.access.WorkspaceAccess;
import io.membership.queryservice.audit.query.AuditCursor;
import io.membership.queryservice.audit.query.AuditFilter;
import io.membership.queryservice.audit.query.AuditPage;
import io.membership.queryservice.audit.query.AuditQuery;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.membership.queryservice.web.RequestParams.intInRange;
import static io.membership.queryservice.web.RequestParams.texts;
import static io.membership.queryservice.web.RequestParams.textOrNull;

@RestController
public class AuditController {

    private static final int EXPORT_PAGE = 500;
    private static final String NOBODY = "-";
    private static final MediaType NDJSON = new MediaType("application", "x-ndjson", StandardCharsets.UTF_8);

    private final WorkspaceAccess access;
    private final AuditQuery audit;
    private final ObjectMapper json;

    public AuditController(WorkspaceAccess access, AuditQuery audit, ObjectMapper json) {
        this.access = access;
        this.audit = audit;
        this.json = json;
    }

    @GetMapping("/workspaces/{workspaceId}/audit")
    public AuditPage audit(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID workspaceId,
                           AuditFilterParams params,
                           @RequestParam(required = false) Integer limit,
                           @RequestParam(required = false) String before) {
        int pageSize = intInRange("limit", limit, 50, 1, 200);
        AuditCursor cursor = AuditCursor.parse(before);
        AuditFilter filter = filter(params);
        access.require(workspaceId, Actor.from(jwt), QueryPermission.READ_AUDIT);
        return audit.page(workspaceId, withActorEmails(workspaceId, filter, params), cursor, pageSize);
    }

    /** {@code format=csv} (default) or {@code ndjson}; newest first, written page by page as it is read. */
    @GetMapping("/workspaces/{workspaceId}/audit/export")
    public ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Jwt jwt,
                                                        @PathVariable UUID workspaceId, AuditFilterParams params,
                                                        @RequestParam(required = false) String format) {
        boolean ndjson = "ndjson".equalsIgnoreCase(format);
        if (format != null && !ndjson && !"csv".equalsIgnoreCase(format)) {
            throw ApiException.badRequest("invalid-format", "format must be csv or ndjson");
        }
        AuditFilter checked = filter(params);
        access.require(workspaceId, Actor.from(jwt), QueryPermission.READ_AUDIT);
        AuditFilter filter = withActorEmails(workspaceId, checked, params);
        StreamingResponseBody body = out -> {
            AuditExport export = ndjson ? AuditExport.ndjson(out, json) : AuditExport.csv(out);
            try {
                audit.forEachPage(workspaceId, filter, EXPORT_PAGE, export::write);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            export.finish();
        };
        String file = "audit-" + workspaceId + (ndjson ? ".ndjson" : ".csv");
        return ResponseEntity.ok()
                .contentType(ndjson ? NDJSON : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .body(body);
    }

    private static AuditFilter filter(AuditFilterParams p) {
        Instant from = instant("from", p.from());
        Instant to = instant("to", p.to());
        if (from != null && to != null && !from.isBefore(to)) {
            throw ApiException.badRequest("invalid-range", "from must be before to");
        }
        Set<String> actions = texts("action", p.action(), 64);
        Set<String> known = new TreeSet<>(EventCatalog.all().stream().map(EventCatalog.Entry::type).toList());
        if (!known.containsAll(actions)) {
            throw ApiException.badRequest("invalid-action", "action must be one of " + String.join(", ", known));
        }
        Set<String> actors = new TreeSet<>();
        for (String actor : texts("actor", p.actor(), 254)) {
            if (actor.equals("system") || isUuid(actor)) {
                actors.add(actor);
            } else if (!actor.contains("@")) {
                throw ApiException.badRequest("invalid-actor", "actor must be an account id, an email or system");
            }
        }
        return new AuditFilter(from, to, actors, textOrNull("subject", p.subject(), 254), actions);
    }

    /** Actors given by email become the accounts known by that email; an email nobody has matches nothing. */
    private AuditFilter withActorEmails(UUID workspaceId, AuditFilter filter, AuditFilterParams p) {
        Set<String> emails = texts("actor", p.actor(), 254).stream().filter(a -> a.contains("@"))
                .collect(Collectors.toSet());
        if (emails.isEmpty()) {
            return filter;
        }
        Set<String> actors = new TreeSet<>(filter.actors());
        emails.forEach(email -> actors.addAll(audit.accountsWithEmail(workspaceId, email)));
        actors.add(NOBODY);
        return new AuditFilter(filter.from(), filter.to(), actors, filter.subject(), filter.actions());
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid-" + name, name + " must be an ISO-8601 instant");
        }
    }

    private static boolean isUuid(String text) {
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The filters as given; {@code actor} and {@code action} may be repeated or comma-separated. */
    public record AuditFilterParams(String from, String to, List<String> actor, String subject, List<String> action) {
    }
}
