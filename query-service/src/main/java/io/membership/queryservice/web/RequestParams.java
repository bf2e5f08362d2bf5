package io.membership.queryservice.web;

import io.membership.platform.errors.ApiException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Checks of query parameters, each refusing with a 400 that says what is allowed. */
public final class RequestParams {

    private static final int MAX_VALUES = 50;

    public static int intInRange(String name, Integer value, int defaultValue, int min, int max) {
        int actual = value == null ? defaultValue : value;
        if (actual < min || actual > max) {
            throw ApiException.badRequest("invalid-" + name, name + " must be between " + min + " and " + max);
        }
        return actual;
    }

    public static <E extends Enum<E>> E enumOrNull(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ApiException.badRequest("invalid-" + name, name + " must be one of " + allowed);
        }
    }

    /**
     * Values given repeated or comma-separated, each matched to a constant ignoring case, spaces, dashes and
     * underscores ("re-invite" = REINVITE, "not confirmed" = NOT_CONFIRMED). At most {@code MAX_VALUES}.
     */
    public static <E extends Enum<E>> Set<E> enumsLoose(String name, List<String> values, Class<E> type) {
        Set<E> found = EnumSet.noneOf(type);
        for (String value : split(name, values)) {
            String wanted = loose(value);
            E match = Arrays.stream(type.getEnumConstants()).filter(c -> loose(c.name()).equals(wanted)).findFirst()
                    .orElseThrow(() -> ApiException.badRequest("invalid-" + name, name + " must be one of "
                            + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                            .collect(Collectors.joining(", "))));
            found.add(match);
        }
        return found;
    }

    public static Set<String> texts(String name, List<String> values, int maxLength) {
        Set<String> found = new TreeSet<>();
        for (String value : split(name, values)) {
            found.add(textOrNull(name, value, maxLength));
        }
        return found;
    }

    private static List<String> split(String name, List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> parts = values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).toList();
        if (parts.size() > MAX_VALUES) {
            throw ApiException.badRequest("invalid-" + name, "at most " + MAX_VALUES + " values of " + name);
        }
        return parts;
    }

    private static String loose(String text) {
        return text.replaceAll("[\\s_-]", "").toUpperCase(Locale.ROOT);
    }

    public static String textOrNull(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw ApiException.badRequest("invalid-" + name, name + " must be at most " + maxLength + " characters");
        }
        return stripped;
    }

    private RequestParams() {
    }
}
