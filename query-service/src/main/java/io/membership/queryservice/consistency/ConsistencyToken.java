package io.membership.queryservice.consistency;

import io.membership.platform.errors.ApiException;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a write answered: {@code <aggregateId>:<sequence>}, several separated by commas. The aggregate id is the
 * CloudEvents subject of the written event, the sequence its envelope {@code sequence}.
 */
public final class ConsistencyToken {

    private static final Pattern ONE = Pattern.compile("([A-Za-z0-9_.-]{1,100}):(\\d{1,18})");
    private static final int MAX_POSITIONS = 20;

    public static Map<String, Long> parse(String text) {
        String[] parts = text.split(",");
        if (parts.length > MAX_POSITIONS) {
            throw invalid();
        }
        Map<String, Long> wanted = new HashMap<>();
        for (String part : parts) {
            Matcher m = ONE.matcher(part.strip());
            if (!m.matches()) {
                throw invalid();
            }
            wanted.merge(m.group(1), Long.parseLong(m.group(2)), Math::max);
        }
        return wanted;
    }

    private static ApiException invalid() {
        return ApiException.badRequest("invalid-after", "after must be up to " + MAX_POSITIONS
                + " consistency tokens <aggregateId>:<sequence>, separated by commas");
    }

    private ConsistencyToken() {
    }
}
