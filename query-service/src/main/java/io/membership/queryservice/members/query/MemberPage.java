package io.membership.queryservice.members.query;

import java.util.List;

public record MemberPage(List<MemberRow> items, int page, int size, long total) {
}
