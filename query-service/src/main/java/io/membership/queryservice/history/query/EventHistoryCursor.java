package io.membership.queryservice.history.query;

import io.membership.platform.errors.ApiException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The position after the last event of a page: topic, partition and offset, opaque to clients (base64url). */
public record EventHistoryCursor(String topic, int partition, long offset) {

    private static final Pattern FORM = Pattern.compile("([a-z0-9._-]{1,200})/(\\d{1,9})/(\\d{1,19})");

    public String encode() {
        String text = topic + "/" + partition + "/" + offset;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    public static EventHistoryCursor decode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Matcher m = FORM.matcher(new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8));
            if (text.length() <= 400 && m.matches()) {
                return new EventHistoryCursor(m.group(1), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)));
            }
        } catch (IllegalArgumentException ignored) {
            // falls through to the refusal
        }
        throw ApiException.badRequest("invalid-cursor", "cursor must be the nextCursor value of a previous page");
    }
}
