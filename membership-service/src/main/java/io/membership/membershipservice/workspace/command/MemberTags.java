package io.membership.membershipservice.workspace.command;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Free-form labels on a member: 1–40 letters, digits, spaces, '_' or '-'; at most 20 per member, case-insensitively distinct. */
public final class MemberTags {

    public static final int MAX_LENGTH = 40;
    public static final int MAX_PER_MEMBER = 20;
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N} _-]+");

    private MemberTags() {
    }

    /** Trimmed, deduplicated (first spelling wins) and sorted; null means no tags. */
    public static List<String> normalise(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        TreeMap<String, String> byKey = new TreeMap<>();
        for (String tag : raw) {
            String trimmed = tag == null ? "" : tag.trim().replaceAll("\\s+", " ");
            byKey.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), trimmed);
        }
        return List.copyOf(byKey.values());
    }

    /** What is wrong with already normalised tags, or empty when they are acceptable. */
    public static Optional<String> problem(List<String> tags) {
        if (tags.size() > MAX_PER_MEMBER) {
            return Optional.of("a member can have at most " + MAX_PER_MEMBER + " tags");
        }
        for (String tag : tags) {
            int length = tag.codePointCount(0, tag.length());
            if (length < 1 || length > MAX_LENGTH) {
                return Optional.of("a tag must have 1 to " + MAX_LENGTH + " characters");
            }
            if (!TAG.matcher(tag).matches()) {
                return Optional.of("a tag may contain only letters, digits, spaces, '_' and '-'");
            }
        }
        return Optional.empty();
    }

    static List<String> checked(List<String> raw) {
        List<String> tags = normalise(raw);
        problem(tags).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return tags;
    }
}
