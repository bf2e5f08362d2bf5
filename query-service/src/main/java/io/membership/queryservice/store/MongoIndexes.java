package io.membership.queryservice.store;

import io.membership.queryservice.audit.projection.AuditEntryDocument;
import io.membership.queryservice.members.projection.MemberDocument;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** The indexes behind the members page, the caller's roles, my workspaces and the audit cursor. */
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
        members.createIndex(new Index().on("workspaceId", Direction.ASC).on("state", Direction.ASC));
        members.createIndex(new Index().on("accountId", Direction.ASC).on("state", Direction.ASC));
        mongo.indexOps(AuditEntryDocument.class).createIndex(new Index().on("workspaceId", Direction.ASC)
                .on("time", Direction.DESC).on("_id", Direction.DESC));
    }
}
