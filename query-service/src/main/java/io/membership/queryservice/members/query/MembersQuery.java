package io.membership.queryservice.members.query;

import io.membership.contract.MemberState;
import io.membership.contract.Role;
import io.membership.platform.errors.ApiException;
import io.membership.queryservice.members.projection.MemberDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The members page: one workspace's members, filtered, sorted, paged by cursor (or by page number). */
@Component
public class MembersQuery {

    private final MongoTemplate mongo;

    public MembersQuery(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** By page number, sorted by email, without actions: the first version of the page, kept for its callers. */
    public MemberPage page(UUID workspaceId, MemberState state, String search, int page, int size) {
        return page(workspaceId, MemberFilter.byStateAndSearch(state, search), MemberSort.BY_EMAIL, null, page, size,
                List.of());
    }

    /** {@code cursor} wins over {@code page}; the caller's roles decide the actions offered on each row. */
    public MemberPage page(UUID workspaceId, MemberFilter filter, MemberSort sort, MemberCursor cursor, int page,
                           int size, Collection<Role> callerRoles) {
        Criteria matching = filter.criteria(workspaceId.toString());
        long total = mongo.count(Query.query(matching), MemberDocument.class);
        Query query = Query.query(cursor == null ? matching : new Criteria().andOperator(matching, cursor.criteria()))
                .with(sort.toSort()).limit(size + 1);
        if (cursor == null) {
            query.skip((long) page * size);
        }
        List<MemberDocument> found = mongo.find(query, MemberDocument.class);
        boolean more = found.size() > size;
        List<MemberDocument> rows = more ? found.subList(0, size) : found;
        String next = more ? MemberCursor.after(rows.get(rows.size() - 1), sort, filter).encode() : null;
        return new MemberPage(rows.stream().map(m -> MemberRow.of(m, MemberActions.allowed(callerRoles, m))).toList(),
                cursor == null ? page : null, size, total, next);
    }

    /** Every matching row in order, read from a database cursor: the export never holds the whole list. */
    public void forEach(UUID workspaceId, MemberFilter filter, MemberSort sort, Consumer<MemberDocument> row) {
        Query query = Query.query(filter.criteria(workspaceId.toString())).with(sort.toSort());
        try (Stream<MemberDocument> rows = mongo.stream(query, MemberDocument.class)) {
            rows.forEach(row);
        }
    }

    /** 404 when any selected id is not a member of this workspace: ids of other workspaces reveal nothing. */
    public SelectionActions forSelection(UUID workspaceId, List<UUID> memberIds, Collection<Role> callerRoles) {
        List<String> ids = memberIds.stream().distinct().map(id -> MemberDocument.idOf(workspaceId.toString(),
                id.toString())).toList();
        List<MemberDocument> selected = mongo.find(Query.query(where("id").in(ids).and("state").ne(null)),
                MemberDocument.class);
        if (selected.size() != ids.size()) {
            throw ApiException.notFound("member");
        }
        Map<MemberAction, Integer> counts = new EnumMap<>(MemberAction.class);
        for (MemberDocument member : selected) {
            MemberActions.allowed(callerRoles, member).forEach(a -> counts.merge(a, 1, Integer::sum));
        }
        List<SelectionActions.Button> buttons = new ArrayList<>();
        for (MemberAction action : MemberAction.values()) {
            int allowedFor = counts.getOrDefault(action, 0);
            boolean enabled = allowedFor == ids.size()
                    && (action != MemberAction.TRANSFER_OWNERSHIP || ids.size() == 1);
            buttons.add(new SelectionActions.Button(action, enabled, allowedFor));
        }
        return new SelectionActions(ids.size(), buttons);
    }
}
