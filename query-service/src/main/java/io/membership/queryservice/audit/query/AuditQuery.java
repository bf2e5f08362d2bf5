package io.membership.queryservice.audit.query;

import io.membership.queryservice.accounts.projection.AccountDocument;
import io.membership.queryservice.audit.projection.AuditEntryDocument;
import io.membership.queryservice.members.projection.MemberDocument;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** A workspace's audit log, newest first, with emails filled in from what the read side knows when it is read. */
@Component
public class AuditQuery {

    private final MongoTemplate mongo;

    public AuditQuery(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public AuditPage page(UUID workspaceId, AuditCursor before, int limit) {
        return page(workspaceId, AuditFilter.NONE, before, limit);
    }

    /** Reads the log page by page (each page one indexed range query), for exports that never hold the whole log. */
    public void forEachPage(UUID workspaceId, AuditFilter filter, int pageSize, Consumer<List<AuditEntryView>> page) {
        AuditCursor cursor = null;
        AuditPage current;
        do {
            current = page(workspaceId, filter, cursor, pageSize);
            if (!current.items().isEmpty()) {
                page.accept(current.items());
            }
            cursor = current.nextBefore() == null ? null : AuditCursor.parse(current.nextBefore());
        } while (cursor != null);
    }

    public AuditPage page(UUID workspaceId, AuditFilter filter, AuditCursor before, int limit) {
        String ws = workspaceId.toString();
        Query query = Query.query(filter.criteria(ws, before))
                .with(Sort.by(Sort.Direction.DESC, "time").and(Sort.by(Sort.Direction.DESC, "id")))
                .limit(limit);
        List<AuditEntryDocument> entries = mongo.find(query, AuditEntryDocument.class);
        Map<String, String> actorEmails = actorEmails(entries);
        Map<String, String> memberEmails = memberEmails(ws, entries);
        List<AuditEntryView> items = entries.stream().map(e -> new AuditEntryView(e.id(), e.time(), e.actor(),
                actorEmails.get(e.actor()), e.action(), e.subject(), e.memberId(),
                e.subjectEmail() != null ? e.subjectEmail() : memberEmails.get(e.memberId()), e.before(), e.after(),
                e.correlationId(), e.source(), e.workspaceId())).toList();
        String next = entries.size() < limit ? null
                : AuditCursor.after(entries.get(entries.size() - 1).time(), entries.get(entries.size() - 1).id());
        return new AuditPage(items, next);
    }

    /** The accounts known by this email in this workspace (or registered with it): an actor filter by email. */
    public Set<String> accountsWithEmail(UUID workspaceId, String email) {
        String key = email.toLowerCase(Locale.ROOT);
        Set<String> ids = new HashSet<>();
        mongo.find(query(where("workspaceId").is(workspaceId.toString()).and("emailKey").is(key)
                .and("accountId").ne(null)), MemberDocument.class).forEach(m -> ids.add(m.accountId()));
        mongo.find(query(where("email").regex("^" + Pattern.quote(email) + "$", "i")), AccountDocument.class)
                .forEach(a -> ids.add(a.id()));
        return ids;
    }

    private Map<String, String> actorEmails(List<AuditEntryDocument> entries) {
        Set<String> actors = entries.stream().map(AuditEntryDocument::actor).filter(AuditQuery::isUuid)
                .collect(Collectors.toSet());
        Map<String, String> emails = new HashMap<>();
        if (actors.isEmpty()) {
            return emails;
        }
        for (AccountDocument account : mongo.find(query(where("id").in(actors)), AccountDocument.class)) {
            if (account.email() != null) {
                emails.put(account.id(), account.email());
            }
        }
        Set<String> unknown = new HashSet<>(actors);
        unknown.removeAll(emails.keySet());
        if (!unknown.isEmpty()) {
            for (MemberDocument member : mongo.find(query(where("accountId").in(unknown)), MemberDocument.class)) {
                if (member.email() != null) {
                    emails.putIfAbsent(member.accountId(), member.email());
                }
            }
        }
        return emails;
    }

    private Map<String, String> memberEmails(String workspaceId, List<AuditEntryDocument> entries) {
        Set<String> ids = entries.stream().filter(e -> e.subjectEmail() == null).map(AuditEntryDocument::memberId)
                .filter(Objects::nonNull).map(member -> MemberDocument.idOf(workspaceId, member))
                .collect(Collectors.toSet());
        Map<String, String> emails = new HashMap<>();
        if (!ids.isEmpty()) {
            for (MemberDocument member : mongo.find(query(where("id").in(ids)), MemberDocument.class)) {
                if (member.email() != null) {
                    emails.put(member.memberId(), member.email());
                }
            }
        }
        return emails;
    }

    private static boolean isUuid(String text) {
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
