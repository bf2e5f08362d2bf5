package io.membership.queryservice.store;

import io.membership.queryservice.audit.projection.AuditEntryDocument;
import io.membership.queryservice.history.projection.RawEventDocument;
import io.membership.queryservice.members.projection.MemberDocument;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The indexes behind the members page (one per filter, each ending in the default email order so that a filtered
 * page is read in index order; one per other sort), the caller's roles, my workspaces and the audit cursor.
 * mongo-java-server ignores non-unique indexes; a real MongoDB needs them for a 100,000-member workspace.
 */
@Component
public class MongoIndexes implements InitializingBean {

    private final MongoTemplate mongo;

    public MongoIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        var members = mongo.indexOps(MemberDocument.class);
        members.createIndex(new Index().on("workspaceId", Direction.ASC).on("emailKey", Direction.ASC)
                .on("memberId", Direction.ASC));
        for (String filtered : new String[]{"state", "guidance", "confirmation", "roles", "tags"}) {
            members.createIndex(new Index().on("workspaceId", Direction.ASC).on(filtered, Direction.ASC)
                    .on("emailKey", Direction.ASC).on("memberId", Direction.ASC));
        }
        members.createIndex(new Index().on("workspaceId", Direction.ASC).on("state", Direction.ASC)
                .on("memberId", Direction.ASC));
        members.createIndex(new Index().on("workspaceId", Direction.ASC).on("invitedAtKey", Direction.ASC)
                .on("memberId", Direction.ASC));
        members.createIndex(new Index().on("accountId", Direction.ASC).on("state", Direction.ASC));
        mongo.indexOps(RawEventDocument.class).createIndex(new Index().on("workspaceId", Direction.ASC)
                .on("topic", Direction.ASC).on("partition", Direction.ASC).on("offset", Direction.ASC));
        var audit = mongo.indexOps(AuditEntryDocument.class);
        audit.createIndex(new Index().on("workspaceId", Direction.ASC).on("time", Direction.DESC)
                .on("_id", Direction.DESC));
        for (String filtered : new String[]{"actor", "action", "memberId", "subject", "subjectEmailKey"}) {
            audit.createIndex(new Index().on("workspaceId", Direction.ASC).on(filtered, Direction.ASC)
                    .on("time", Direction.DESC).on("_id", Direction.DESC));
        }
    }
}
