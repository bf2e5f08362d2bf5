package io.membership.infra.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A memory collection that plans its queries over all its indexes: a pinned {@code _id} first, then an exact unique
 * key, then the secondary index pinning the longest run of leading keys (walked in key order when that order is the
 * requested sort, so skip and limit stop early) and narrowed to a range of its next key when the query bounds that
 * key, else a scan. Unique compound indexes get a {@link SecondaryIndex}
 * companion so range reads on them ({@code aggregateIdentifier = ? and sequenceNumber >= ?}) are not scans either.
 */
final class IndexedMemoryCollection extends MemoryCollection {

    private static final String COMPANION_SUFFIX = "$prefix";

    private final AtomicLong scans = new AtomicLong();
    private final AtomicLong examined = new AtomicLong();

    IndexedMemoryCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                            CursorRegistry cursorRegistry) {
        super(database, collectionName, options, cursorRegistry);
    }

    @Override
    public synchronized void addIndex(Index<Integer> index) {
        super.addIndex(index);
        if (index.isUnique() && index.getKeys().size() > 1) {
            super.addIndex(new SecondaryIndex<>(index.getName() + COMPANION_SUFFIX, index.getKeys(), false));
        }
    }

    @Override
    public synchronized void dropIndex(String indexName) {
        super.dropIndex(indexName);
        if (getIndexes().stream().anyMatch(index -> index.getName().equals(indexName + COMPANION_SUFFIX))) {
            super.dropIndex(indexName + COMPANION_SUFFIX);
        }
    }

    @Override
    public synchronized void removeDocument(Document document) {
        Integer position = primaryPosition(document);
        if (position != null) {
            for (SecondaryIndex<Integer> index : secondaryIndexes()) {
                index.removeAt(document, position);
            }
        }
        super.removeDocument(document);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        if (isNaturalOrder(orderBy)) {
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        Map<String, Object> pinned = QueryConstraints.equalities(query);
        Index<Integer> primary = primaryIndex();
        if (primary != null && pinned.containsKey(primary.getKeys().get(0).getKey())) {
            String idField = primary.getKeys().get(0).getKey();
            Iterable<Integer> positions = primary.getPositions(
                    new Document(idField, QueryConstraints.rawEqualities(query).get(idField)));
            return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        for (Index<Integer> index : getIndexes()) {
            if (index.isUnique() && index.canHandle(query)) {
                return matchDocuments(query, index.getPositions(query), orderBy, numberToSkip, limit, batchSize,
                        fieldSelector);
            }
        }
        IndexChoice choice = choose(pinned, QueryConstraints.ranges(query), orderBy, limit);
        InChoice in = chooseIn(pinned, QueryConstraints.inLists(query));
        if (in != null && (choice == null || in.prefix().size() + 1 > choice.prefix().size())) {
            List<Integer> positions = new ArrayList<>();
            for (Object value : in.values()) {
                List<Object> prefix = new ArrayList<>(in.prefix());
                prefix.add(value);
                positions.addAll(in.index().positions(prefix, false));
            }
            positions.sort(ValueComparator.asc());
            return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        if (choice == null) {
            scans.incrementAndGet();
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        List<Integer> positions = choice.index().positions(choice.prefix(), choice.next(), choice.reverse());
        examined.addAndGet(positions.size());
        if (choice.servesSort()) {
            return matchDocumentsFromStream(query, positions.stream().map(this::getDocument).filter(Objects::nonNull),
                    numberToSkip, limit, batchSize, null, fieldSelector);
        }
        positions.sort(ValueComparator.asc());
        return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /** How many queries found no index and scanned the whole collection. */
    long scans() {
        return scans.get();
    }

    /** How many candidates secondary-index walks handed to the matcher. */
    long examined() {
        return examined.get();
    }

    private record IndexChoice(SecondaryIndex<Integer> index, List<Object> prefix, QueryConstraints.Range next,
                               boolean servesSort, boolean reverse) {
    }

    private record InChoice(SecondaryIndex<Integer> index, List<Object> prefix, List<Object> values) {
    }

    /**
     * The secondary index whose keys after an equality prefix continue with a field the query lists in a
     * {@code $in}: one look-up per listed value instead of a walk over everything under the prefix.
     */
    private InChoice chooseIn(Map<String, Object> pinned, Map<String, List<Object>> inLists) {
        if (inLists.isEmpty()) {
            return null;
        }
        InChoice best = null;
        for (SecondaryIndex<Integer> index : secondaryIndexes()) {
            List<Object> prefix = new ArrayList<>();
            int i = 0;
            while (i < index.keyCount() && pinned.containsKey(index.getKeys().get(i).getKey())) {
                prefix.add(pinned.get(index.getKeys().get(i).getKey()));
                i++;
            }
            List<Object> values = i < index.keyCount() ? inLists.get(index.getKeys().get(i).getKey()) : null;
            if (values != null && !index.isMultiKey() && (best == null || prefix.size() > best.prefix().size())) {
                best = new InChoice(index, prefix, values);
            }
        }
        return best;
    }

    private IndexChoice choose(Map<String, Object> pinned, Map<String, QueryConstraints.Range> ranges,
                               Document orderBy, int limit) {
        IndexChoice best = null;
        for (SecondaryIndex<Integer> index : secondaryIndexes()) {
            List<Object> prefix = new ArrayList<>();
            for (int i = 0; i < index.keyCount(); i++) {
                String key = index.getKeys().get(i).getKey();
                if (!pinned.containsKey(key)) {
                    break;
                }
                prefix.add(pinned.get(key));
            }
            QueryConstraints.Range next = prefix.size() < index.keyCount() && !index.isMultiKey()
                    ? ranges.get(index.getKeys().get(prefix.size()).getKey()) : null;
            Boolean reverse = sortDirection(index, prefix.size(), pinned, orderBy);
            if (prefix.isEmpty() && next == null && (reverse == null || limit <= 0)) {
                continue;
            }
            IndexChoice candidate = new IndexChoice(index, prefix, next, reverse != null,
                    Boolean.TRUE.equals(reverse));
            if (best == null || better(candidate, best)) {
                best = candidate;
            }
        }
        return best;
    }

    private static boolean better(IndexChoice candidate, IndexChoice best) {
        if (candidate.prefix().size() != best.prefix().size()) {
            return candidate.prefix().size() > best.prefix().size();
        }
        if ((candidate.next() == null) != (best.next() == null)) {
            return candidate.next() != null;
        }
        return candidate.servesSort() && !best.servesSort();
    }

    /**
     * Whether walking {@code index} after its first {@code pinnedKeys} keys yields the requested order: null if not,
     * false forwards, true backwards.
     */
    private static Boolean sortDirection(SecondaryIndex<Integer> index, int pinnedKeys, Map<String, Object> pinned,
                                         Document orderBy) {
        if (orderBy == null || orderBy.isEmpty()) {
            return null; // unsorted reads keep the natural order, as without an index
        }
        if (index.isMultiKey()) {
            return null;
        }
        List<Map.Entry<String, Object>> sortKeys = new ArrayList<>();
        for (Map.Entry<String, Object> entry : orderBy.entrySet()) {
            if (!pinned.containsKey(entry.getKey())) {
                sortKeys.add(entry);
            }
        }
        if (sortKeys.isEmpty() || pinnedKeys + sortKeys.size() > index.keyCount()) {
            return null;
        }
        Boolean reverse = null;
        for (int i = 0; i < sortKeys.size(); i++) {
            int key = pinnedKeys + i;
            if (!index.getKeys().get(key).getKey().equals(sortKeys.get(i).getKey())) {
                return null;
            }
            boolean ascending = ((Number) sortKeys.get(i).getValue()).intValue() > 0;
            boolean backwards = ascending != index.ascending(key);
            if (reverse != null && reverse != backwards) {
                return null;
            }
            reverse = backwards;
        }
        return reverse;
    }

    private static boolean isNaturalOrder(Document orderBy) {
        return orderBy != null && orderBy.containsKey("$natural");
    }

    private Index<Integer> primaryIndex() {
        for (Index<Integer> index : getIndexes()) {
            if (index.isUnique() && index.getKeys().size() == 1 && index.getKeys().get(0).getKey().equals("_id")) {
                return index;
            }
        }
        return null;
    }

    private Integer primaryPosition(Document document) {
        Index<Integer> primary = primaryIndex();
        return primary == null ? null : primary.getPosition(document);
    }

    @SuppressWarnings("unchecked")
    private List<SecondaryIndex<Integer>> secondaryIndexes() {
        List<SecondaryIndex<Integer>> secondaries = new ArrayList<>();
        for (Index<Integer> index : getIndexes()) {
            if (index instanceof SecondaryIndex<?> secondary) {
                secondaries.add((SecondaryIndex<Integer>) secondary);
            }
        }
        return secondaries;
    }
}
