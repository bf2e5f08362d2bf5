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
 * Answers host products' "may account X do P in workspace W?" from the member's roles and add-on access and the
 * policy catalogue. An active member may ask about itself; owners and admins about anyone; everyone else gets 404.
 */
@Component
public class AccessCheck {

    static final int MAX_PERMISSIONS = 100;

    private final MongoTemplate mongo;
    private final PolicyCatalogue catalogue;

    public AccessCheck(MongoTemplate mongo, PolicyCatalogue catalogue) {
        this.mongo = mongo;
        this.catalogue = catalogue;
    }

    public List<AccessDecision> check(UUID workspaceId, Actor caller, UUID account, List<String> permissions) {
        if (permissions == null || permissions.isEmpty() || permissions.size() > MAX_PERMISSIONS) {
            throw ApiException.badRequest("invalid-permissions",
                    "ask about between 1 and " + MAX_PERMISSIONS + " permissions");
        }
        MemberDocument me = activeMember(workspaceId, caller.accountId());
        UUID target = account == null ? caller.accountId() : account;
        if (me == null || (!target.equals(caller.accountId()) && me.roles().stream().noneMatch(Role::administers))) {
            throw ApiException.notFound("workspace");
        }
        for (String permission : permissions) {
            if (permission == null || !catalogue.knows(permission)) {
                throw ApiException.badRequest("unknown-permission",
                        "unknown permission; ask only about permissions of the policy catalogue");
            }
        }
        MemberDocument member = target.equals(caller.accountId()) ? me : activeMember(workspaceId, target);
        return permissions.stream().map(permission -> member == null
                ? AccessDecision.deny(permission, "not-an-active-member",
                "the account is not an active member of this workspace")
                : catalogue.decide(permission, member.roles(), member.addOns())).toList();
    }

    private MemberDocument activeMember(UUID workspaceId, UUID accountId) {
        return mongo.findOne(query(where("workspaceId").is(workspaceId.toString())
                .and("accountId").is(accountId.toString())
                .and("state").is(MemberState.ACTIVE)), MemberDocument.class);
    }
}
