package io.membership.queryservice.web;

import io.membership.platform.errors.ApiException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Checks of query parameters, each refusing with a 400 that says what is allowed. */
public final class RequestParams {

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
