package io.membership.queryservice.members.query;

import io.membership.contract.Confirmation;
import io.membership.contract.Guidance;
import io.membership.contract.MemberState;
import io.membership.contract.Role;
import org.springframework.data.mongodb.core.query.Criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Which rows of a workspace's members page to show. Each list matches any of its values; an empty list matches all.
 * {@code search} is a literal part of the email; {@code emailPrefix} is anchored and served by an index.
 */
public record MemberFilter(Set<MemberState> states, Set<Guidance> guidances, Set<Role> roles, Set<String> tags,
                           Set<Confirmation> confirmations, String search, String emailPrefix) {

    public static final MemberFilter NONE = new MemberFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null,
            null);

    public static MemberFilter byStateAndSearch(MemberState state, String search) {
        return new MemberFilter(state == null ? Set.of() : Set.of(state), Set.of(), Set.of(), Set.of(), Set.of(),
                search, null);
    }

    Criteria criteria(String workspaceId) {
        List<Criteria> all = new ArrayList<>();
        all.add(where("workspaceId").is(workspaceId));
        // a member known only from the invitation topic so far has no state yet: not a row until membership says so
        all.add(states.isEmpty() ? where("state").ne(null) : where("state").in(states));
        if (!guidances.isEmpty()) {
            all.add(where("guidance").in(guidances.stream().map(Guidance::label).toList()));
        }
        if (!confirmations.isEmpty()) {
            all.add(where("confirmation").in(confirmations.stream().map(Confirmation::label).toList()));
        }
        if (!roles.isEmpty()) {
            all.add(where("roles").in(roles));
        }
        if (!tags.isEmpty()) {
            all.add(where("tags").in(tags));
        }
        if (emailPrefix != null) {
            all.add(where("emailKey").regex("^" + Pattern.quote(emailPrefix.toLowerCase(Locale.ROOT))));
        }
        if (search != null) {
            all.add(where("emailKey").regex(literal(search.toLowerCase(Locale.ROOT))));
        }
        return new Criteria().andOperator(all);
    }

    /** Ties a cursor to the filter it was made for: a cursor replayed under another filter is refused. */
    String fingerprint() {
        String text = sortedNames(states) + sortedNames(guidances) + sortedNames(roles) + sortedNames(confirmations)
                + new TreeSet<>(tags) + "|" + search + "|" + emailPrefix;
        return Integer.toHexString(text.hashCode());
    }

    private static String sortedNames(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList().toString();
    }

    /** The search text is matched as written, never as a pattern. */
    private static String literal(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
