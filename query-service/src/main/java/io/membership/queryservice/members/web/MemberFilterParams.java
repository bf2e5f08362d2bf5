package io.membership.queryservice.members.web;

import java.util.List;

/** The members page's filter parameters as given; each may be repeated or comma-separated. */
public record MemberFilterParams(List<String> state, List<String> guidance, List<String> role, List<String> tag,
                                 List<String> confirmation, String search, String emailPrefix) {
}
