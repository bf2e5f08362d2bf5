package io.membership.infra.mongo;

import de.bwaldvogel.mongo.backend.ValueComparator;

import java.util.Comparator;
import java.util.List;

/** Orders index keys value by value in MongoDB's comparison order, each key in its own direction. */
final class KeyOrder implements Comparator<List<Object>> {

    /** Sorts before every value: pads a prefix into the lower bound of its range. */
    static final Object LOW = new Object() {
        @Override
        public String toString() {
            return "LOW";
        }
    };

    /** Sorts after every value: pads a prefix into the upper bound of its range. */
    static final Object HIGH = new Object() {
        @Override
        public String toString() {
            return "HIGH";
        }
    };

    private final List<Boolean> ascending;

    KeyOrder(List<Boolean> ascending) {
        this.ascending = ascending;
    }

    @Override
    public int compare(List<Object> left, List<Object> right) {
        for (int i = 0; i < ascending.size(); i++) {
            int cmp = compareValue(left.get(i), right.get(i), ascending.get(i));
            if (cmp != 0) {
                return cmp;
            }
        }
        return 0;
    }

    private static int compareValue(Object left, Object right, boolean ascending) {
        if (left == right) {
            return 0;
        }
        // sentinels bound a range whatever the key's direction
        if (left == LOW || right == HIGH) {
            return -1;
        }
        if (left == HIGH || right == LOW) {
            return 1;
        }
        return (ascending ? ValueComparator.asc() : ValueComparator.desc()).compare(left, right);
    }
}
