package io.membership.queryservice.audit.query;

import org.springframework.data.mongodb.core.query.Criteria;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Which entries of a workspace's log to show: {@code from} inclusive, {@code to} exclusive; {@code actors} are account
 * ids or {@code system}; {@code subject} is a member id, an aggregate id or an email; {@code actions} are event names.
 */
public record AuditFilter(Instant from, Instant to, Set<String> actors, String subject, Set<String> actions) {

    public static final AuditFilter NONE = new AuditFilter(null, null, Set.of(), null, Set.of());

    Criteria criteria(String workspaceId, AuditCursor before) {
        List<Criteria> all = new ArrayList<>();
        all.add(where("workspaceId").is(workspaceId));
        if (from != null) {
            all.add(where("time").gte(from));
        }
        if (to != null) {
            all.add(where("time").lt(to));
        }
        if (!actors.isEmpty()) {
            all.add(where("actor").in(actors));
        }
        if (!actions.isEmpty()) {
            all.add(where("action").in(actions));
        }
        if (subject != null) {
            all.add(subject.contains("@") ? where("subjectEmailKey").is(subject.toLowerCase(Locale.ROOT))
                    : new Criteria().orOperator(where("memberId").is(subject), where("subject").is(subject)));
        }
        if (before != null && before.eventId() == null) {
            all.add(where("time").lt(before.time()));
        } else if (before != null) {
            all.add(new Criteria().orOperator(where("time").lt(before.time()),
                    where("time").is(before.time()).and("id").lt(before.eventId())));
        }
        return new Criteria().andOperator(all);
    }
}
