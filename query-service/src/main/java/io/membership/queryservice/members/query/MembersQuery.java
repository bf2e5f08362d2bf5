package io.membership.queryservice.members.query;

import io.membership.contract.MemberState;
import io.membership.queryservice.members.projection.MemberDocument;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The members page: one workspace's members, filtered by state and by a part of the email, sorted by email. */
@Component
public class MembersQuery {

    private final MongoTemplate mongo;

    public MembersQuery(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public MemberPage page(UUID workspaceId, MemberState state, String search, int page, int size) {
        Criteria criteria = where("workspaceId").is(workspaceId.toString());
        // a member known only from the invitation topic so far has no state yet: not a row until membership says so
        criteria = state == null ? criteria.and("state").ne(null) : criteria.and("state").is(state);
        if (search != null) {
            criteria = criteria.and("emailKey").regex(literal(search.toLowerCase(Locale.ROOT)));
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, MemberDocument.class);
        query.with(Sort.by("emailKey", "memberId")).skip((long) page * size).limit(size);
        return new MemberPage(mongo.find(query, MemberDocument.class).stream().map(MemberRow::of).toList(),
                page, size, total);
    }

    /** The search text is matched as written, never as a pattern. */
    private static String literal(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
