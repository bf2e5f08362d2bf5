package io.membership.queryservice.access;

import io.membership.contract.MemberState;
import io.membership.contract.Role;
import io.membership.platform.errors.ApiException;
import io.membership.platform.security.Actor;
import io.membership.queryservice.members.projection.MemberDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The caller's roles in a workspace come from this read model: the ACTIVE member linked to the caller's account.
 * Someone who is not a member learns nothing, not even that the workspace exists (404); a member without the right
 * is told so (403).
 */
@Component
public class WorkspaceAccess {

    private final MongoTemplate mongo;

    public WorkspaceAccess(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<Role> require(UUID workspaceId, Actor actor, QueryPermission permission) {
        MemberDocument me = mongo.findOne(query(where("workspaceId").is(workspaceId.toString())
                .and("accountId").is(actor.id())
                .and("state").is(MemberState.ACTIVE)), MemberDocument.class);
        if (me == null) {
            throw ApiException.notFound("workspace");
        }
        if (!permission.grantedToAnyOf(me.roles())) {
            throw ApiException.forbidden("your roles in this workspace do not allow you to " + permission.description());
        }
        return me.roles();
    }
}
