package io.membership.queryservice.seats.query;

import io.membership.contract.AccessLevel;
import io.membership.contract.MemberState;
import io.membership.contract.Products;
import io.membership.queryservice.members.projection.MemberDocument;
import io.membership.queryservice.workspaces.projection.WorkspaceDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Seat usage counted from the members collection rather than kept as counters, so it is right after any replay.
 * Every INVITED member holds a reserved {@code workspace} seat and every ACTIVE one a used seat. Add-on seats are
 * listed with their purchased count; a member with AGENT access holds one (VIEWER holds none).
 */
@Component
public class SeatsQuery {

    private final MongoTemplate mongo;

    public SeatsQuery(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<SeatUsage> usage(UUID workspaceId) {
        String ws = workspaceId.toString();
        WorkspaceDocument workspace = mongo.findById(ws, WorkspaceDocument.class);
        Map<String, Integer> capacity = workspace == null ? Map.of() : workspace.seatCapacity();
        List<SeatUsage> usage = new ArrayList<>();
        usage.add(SeatUsage.of(Products.WORKSPACE, capacity.getOrDefault(Products.WORKSPACE, 0),
                count(ws, MemberState.INVITED), count(ws, MemberState.ACTIVE)));
        for (String product : new TreeSet<>(capacity.keySet())) {
            if (!Products.WORKSPACE.equals(product)) {
                usage.add(SeatUsage.of(product, capacity.get(product), 0, agents(ws, product)));
            }
        }
        return usage;
    }

    private long agents(String workspaceId, String product) {
        return mongo.count(query(where("workspaceId").is(workspaceId).and("state").ne(null)
                .and("addOns." + product).is(AccessLevel.AGENT)), MemberDocument.class);
    }

    private long count(String workspaceId, MemberState state) {
        return mongo.count(query(where("workspaceId").is(workspaceId).and("state").is(state)), MemberDocument.class);
    }
}
