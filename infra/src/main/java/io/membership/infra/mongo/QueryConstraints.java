package io.membership.infra.mongo;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * The fields a query pins to one scalar value (plain equality or {@code $eq}, also inside a top-level {@code $and}),
 * normalized as mongo-java-server normalizes index keys. Anything else (ranges, {@code $or}, regular expressions,
 * arrays, sub-documents, null) is left for the matcher: an index narrows the candidates, the matcher decides.
 */
final class QueryConstraints {

    private QueryConstraints() {
    }

    /** Field → normalized value, as index keys hold it. */
    static Map<String, Object> equalities(Document query) {
        return pinned(query, true);
    }

    /** Field → the value as the query gave it, for handing to a unique index (which normalizes itself). */
    static Map<String, Object> rawEqualities(Document query) {
        return pinned(query, false);
    }

    private static Map<String, Object> pinned(Document query, boolean normalized) {
        Map<String, Object> pinned = new LinkedHashMap<>();
        forEachCondition(query, (field, value) -> {
            Object scalar = value instanceof Document condition ? eqOperand(condition) : value;
            if (isScalar(scalar)) {
                pinned.putIfAbsent(field, normalized ? normalize(scalar) : scalar);
            }
        });
        return pinned;
    }

    /** Field → the normalized values of a {@code $in} of scalars (also inside a top-level {@code $and}). */
    static Map<String, List<Object>> inLists(Document query) {
        Map<String, List<Object>> lists = new LinkedHashMap<>();
        forEachCondition(query, (field, value) -> {
            if (value instanceof Document condition && condition.size() == 1
                    && condition.get("$in") instanceof Collection<?> values
                    && !values.isEmpty() && values.stream().allMatch(QueryConstraints::isScalar)) {
                lists.putIfAbsent(field, values.stream().map(QueryConstraints::normalize).distinct().toList());
            }
        });
        return lists;
    }

    /** A bound on both sides or one of them (null = open), normalized; the matcher still applies the exact operators. */
    record Range(Object lower, Object upper) {
    }

    private static final Set<String> RANGE_OPERATORS = Set.of("$gt", "$gte", "$lt", "$lte");

    /**
     * Field → the range a condition of only {@code $gt}, {@code $gte}, {@code $lt}, {@code $lte} on scalars keeps
     * it in (also inside a top-level {@code $and}); bounds are taken inclusive, a superset of what matches.
     */
    static Map<String, Range> ranges(Document query) {
        Map<String, Range> ranges = new LinkedHashMap<>();
        forEachCondition(query, (field, value) -> {
            if (value instanceof Document condition && !condition.isEmpty()
                    && RANGE_OPERATORS.containsAll(condition.keySet())
                    && condition.values().stream().allMatch(QueryConstraints::isScalar)) {
                Object lower = firstOf(condition, "$gt", "$gte");
                Object upper = firstOf(condition, "$lt", "$lte");
                Range known = ranges.get(field);
                ranges.put(field, new Range(lower != null ? lower : known == null ? null : known.lower(),
                        upper != null ? upper : known == null ? null : known.upper()));
            }
        });
        return ranges;
    }

    private static Object firstOf(Document condition, String exclusive, String inclusive) {
        Object value = condition.containsKey(exclusive) ? condition.get(exclusive) : condition.get(inclusive);
        return value == null ? null : normalize(value);
    }

    /** Each field's condition at the top level of the query and inside its top-level {@code $and} clauses. */
    private static void forEachCondition(Document query, BiConsumer<String, Object> visit) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            String field = entry.getKey();
            if (field.equals("$and") && entry.getValue() instanceof Collection<?> clauses) {
                for (Object clause : clauses) {
                    if (clause instanceof Document document) {
                        forEachCondition(document, visit);
                    }
                }
            } else if (!field.startsWith("$")) {
                visit.accept(field, entry.getValue());
            }
        }
    }

    private static Object eqOperand(Document condition) {
        return condition.size() == 1 ? condition.get("$eq") : null;
    }

    private static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Instant || value instanceof Date || value instanceof UUID
                || value instanceof ObjectId;
    }

    private static Object normalize(Object value) {
        if (value instanceof Long number && number.longValue() != (long) number.doubleValue()) {
            return value;
        }
        if (value instanceof Number number) {
            double asDouble = number.doubleValue();
            return asDouble == -0.0 ? 0.0 : asDouble;
        }
        return value;
    }
}
