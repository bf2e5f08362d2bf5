package io.membership.queryservice.history.query;

import io.membership.queryservice.history.projection.RawEventDocument;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * A workspace's raw events across all topics. One workspace's events of one topic share a partition (the record key
 * is the workspace id), so topic-then-offset order is the order a consumer of that topic saw them in.
 */
@Component
public class EventHistoryQuery {

    private final MongoTemplate mongo;

    public EventHistoryQuery(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public EventHistoryPage page(UUID workspaceId, String topic, EventHistoryCursor after, int limit) {
        Criteria criteria = where("workspaceId").is(workspaceId.toString());
        if (topic != null) {
            criteria = criteria.and("topic").is(topic);
        }
        if (after != null) {
            criteria = new Criteria().andOperator(criteria, new Criteria().orOperator(
                    where("topic").gt(after.topic()),
                    where("topic").is(after.topic()).and("partition").gt(after.partition()),
                    where("topic").is(after.topic()).and("partition").is(after.partition())
                            .and("offset").gt(after.offset())));
        }
        Query query = Query.query(criteria).with(Sort.by("topic", "partition", "offset")).limit(limit + 1);
        List<RawEventDocument> found = mongo.find(query, RawEventDocument.class);
        boolean more = found.size() > limit;
        List<RawEventDocument> events = more ? found.subList(0, limit) : found;
        RawEventDocument last = events.isEmpty() ? null : events.get(events.size() - 1);
        String next = more ? new EventHistoryCursor(last.topic(), last.partition(), last.offset()).encode() : null;
        return new EventHistoryPage(events.stream()
                .map(e -> new HistoricEvent(e.topic(), e.partition(), e.offset(), e.cloudEvent())).toList(), next);
    }
}
