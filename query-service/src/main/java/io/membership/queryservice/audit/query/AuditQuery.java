package io.membership.queryservice.audit.query;

import io.membership.queryservice.accounts.projection.AccountDocument;
import io.membership.queryservice.audit.projection.AuditEntryDocument;
import io.membership.queryservice.members.projection.MemberDocument;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
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
        String ws = workspaceId.toString();
        Criteria criteria = where("workspaceId").is(ws);
        if (before != null && before.eventId() == null) {
            criteria = criteria.and("time").lt(before.time());
        } else if (before != null) {
            criteria = criteria.orOperator(where("time").lt(before.time()),
                    where("time").is(before.time()).and("id").lt(before.eventId()));
        }
        Query query = Query.query(criteria)
                .with(Sort.by(Sort.Direction.DESC, "time").and(Sort.by(Sort.Direction.DESC, "id")))
                .limit(limit);
        List<AuditEntryDocument> entries = mongo.find(query, AuditEntryDocument.class);
        Map<String, String> actorEmails = actorEmails(entries);
        Map<String, String> memberEmails = memberEmails(ws, entries);
        List<AuditEntryView> items = entries.stream().map(e -> new AuditEntryView(e.id(), e.time(), e.actor(),
                actorEmails.get(e.actor()), e.action(), e.subject(), e.memberId(),
                e.subjectEmail() != null ? e.subjectEmail() : memberEmails.get(e.memberId()), e.correlationId(),
                e.source(), e.workspaceId())).toList();
        String next = entries.size() < limit ? null
                : AuditCursor.after(entries.get(entries.size() - 1).time(), entries.get(entries.size() - 1).id());
        return new AuditPage(items, next);
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
