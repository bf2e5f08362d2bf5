package io.membership.membershipservice.config;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The indexes Axon's MongoEventStorageEngine#ensureIndexes would create; the platform wraps the engine, so nobody
 * calls it. The unique one is what turns two concurrent appends to one aggregate into a ConcurrencyException
 * instead of a forked stream. Names match Axon's, so either side may create them first.
 */
@Component
class EventStoreIndexes implements InitializingBean {

    private final MongoTemplate axonMongoTemplate;

    EventStoreIndexes(MongoTemplate axonMongoTemplate) {
        this.axonMongoTemplate = axonMongoTemplate;
    }

    @Override
    public void afterPropertiesSet() {
        axonMongoTemplate.eventCollection().createIndex(
                Indexes.ascending("aggregateIdentifier", "sequenceNumber"),
                new IndexOptions().unique(true).name("uniqueAggregateIndex"));
        axonMongoTemplate.eventCollection().createIndex(
                Indexes.ascending("timestamp", "sequenceNumber"),
                new IndexOptions().unique(false).name("orderedEventStreamIndex"));
        axonMongoTemplate.snapshotCollection().createIndex(
                Indexes.ascending("aggregateIdentifier", "sequenceNumber"),
                new IndexOptions().unique(true).name("uniqueAggregateIndex"));
    }
}
