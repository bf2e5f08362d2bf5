package io.membership.queryservice.members.query;

import java.util.List;

/**
 * A slice of the members page. {@code nextCursor} continues after the last row (null on the last page); {@code page}
 * is set only when the slice was asked for by page number (kept for older clients), null when by cursor.
 */
public record MemberPage(List<MemberRow> items, Integer page, int size, long total, String nextCursor) {
}
