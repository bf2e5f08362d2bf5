package io.membership.queryservice.history.query;

import java.util.List;

/** Events by topic, then partition, then offset; {@code nextCursor} is null on the last page. */
public record EventHistoryPage(List<HistoricEvent> items, String nextCursor) {
}
