package io.membership.queryservice.history.query;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** One event of the history: where it was read, and the CloudEvents envelope exactly as published. */
public record HistoricEvent(String topic, int partition, long offset, @JsonRawValue String event) {
}
