package io.membership.queryservice.members.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.membership.platform.errors.ApiException;
import io.membership.queryservice.members.projection.MemberDocument;
import org.springframework.data.mongodb.core.query.Criteria;

import java.io.IOException;
import java.util.Base64;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The position after the last row of a page, for one sort and one filter. Opaque to clients (base64url of a small
 * JSON document); a cursor that was tampered with, or is replayed with another sort or filter, is refused with 400.
 */
public record MemberCursor(MemberSort sort, String filterFingerprint, Object lastValue, String lastMemberId) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LENGTH = 2_000;

    static MemberCursor after(MemberDocument last, MemberSort sort, MemberFilter filter) {
        return new MemberCursor(sort, filter.fingerprint(), sort.field().valueOf(last), last.memberId());
    }

    Criteria criteria() {
        String field = sort.field().storedAs();
        Criteria beyond = sort.descending() ? where(field).lt(lastValue) : where(field).gt(lastValue);
        Criteria sameValueLaterId = sort.descending()
                ? where(field).is(lastValue).and("memberId").lt(lastMemberId)
                : where(field).is(lastValue).and("memberId").gt(lastMemberId);
        return new Criteria().orOperator(beyond, sameValueLaterId);
    }

    public String encode() {
        ObjectNode node = JSON.createObjectNode();
        node.put("s", sort.field().name());
        node.put("d", sort.descending());
        node.put("f", filterFingerprint);
        node.put("m", lastMemberId);
        if (lastValue instanceof Long number) {
            node.put("v", number);
        } else {
            node.put("v", (String) lastValue);
        }
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(node));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static MemberCursor decode(String text, MemberSort sort, MemberFilter filter) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_LENGTH) {
            throw invalid();
        }
        JsonNode node;
        try {
            node = JSON.readTree(Base64.getUrlDecoder().decode(text.strip()));
        } catch (IOException | IllegalArgumentException e) {
            throw invalid();
        }
        if (node == null || !node.path("s").isTextual() || !node.path("m").isTextual() || !node.has("v")) {
            throw invalid();
        }
        if (!sort.field().name().equals(node.path("s").asText()) || sort.descending() != node.path("d").asBoolean()
                || !filter.fingerprint().equals(node.path("f").asText())) {
            throw ApiException.badRequest("cursor-mismatch",
                    "the cursor belongs to another sort or filter; start again without a cursor");
        }
        JsonNode value = node.get("v");
        boolean numeric = sort.field() == MemberSort.Field.INVITED_AT;
        if (numeric != value.isNumber()) {
            throw invalid();
        }
        Object last = numeric ? (Object) value.asLong() : value.asText();
        return new MemberCursor(sort, filter.fingerprint(), last, node.path("m").asText());
    }

    private static ApiException invalid() {
        return ApiException.badRequest("invalid-cursor", "cursor must be the nextCursor value of a previous page");
    }
}
