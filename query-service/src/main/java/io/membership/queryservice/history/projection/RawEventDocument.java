package io.membership.queryservice.history.projection;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A published event exactly as it arrived (the CloudEvents JSON, unparsed), with where it was read: one per event id,
 * at the position of its first delivery. Kept for every type, also the ones no projection understands yet.
 */
@Document("event_history")
public record RawEventDocument(@Id String id, String workspaceId, String topic, int partition, long offset,
                               String type, Instant time, String cloudEvent) {
}
