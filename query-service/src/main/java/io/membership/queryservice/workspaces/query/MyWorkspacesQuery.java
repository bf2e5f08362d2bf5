package io.membership.queryservice.workspaces.query;

import io.membership.contract.MemberState;
import io.membership.queryservice.accounts.projection.AccountDocument;
import io.membership.queryservice.members.projection.MemberDocument;
import io.membership.queryservice.workspaces.projection.WorkspaceDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The workspaces where an account is an ACTIVE member (owner or joined), oldest membership first. The current one
 * is the last one switched to, or the oldest when the account never switched (or switched to one it left).
 */
@Component
public class MyWorkspacesQuery {

    private static final Comparator<MemberDocument> OLDEST_FIRST = Comparator
            .comparing(MemberDocument::joinedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(MemberDocument::workspaceId);

    private final MongoTemplate mongo;

    public MyWorkspacesQuery(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<MyWorkspace> of(UUID accountId) {
        String account = accountId.toString();
        List<MemberDocument> memberships = mongo.find(query(where("accountId").is(account)
                        .and("state").is(MemberState.ACTIVE)), MemberDocument.class)
                .stream().sorted(OLDEST_FIRST).toList();
        if (memberships.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = mongo.find(query(where("id").in(memberships.stream()
                        .map(MemberDocument::workspaceId).toList())), WorkspaceDocument.class).stream()
                .filter(w -> w.name() != null)
                .collect(Collectors.toMap(WorkspaceDocument::id, WorkspaceDocument::name));
        String current = current(account, memberships);
        return memberships.stream().map(m -> new MyWorkspace(UUID.fromString(m.workspaceId()),
                names.get(m.workspaceId()), m.roles(), m.workspaceId().equals(current))).toList();
    }

    private String current(String accountId, List<MemberDocument> memberships) {
        AccountDocument account = mongo.findById(accountId, AccountDocument.class);
        String switchedTo = account == null ? null : account.currentWorkspaceId();
        boolean stillMember = memberships.stream().anyMatch(m -> m.workspaceId().equals(switchedTo));
        return stillMember ? switchedTo : memberships.get(0).workspaceId();
    }
}
