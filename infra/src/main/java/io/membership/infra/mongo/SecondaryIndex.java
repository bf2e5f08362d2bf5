package io.membership.infra.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * A non-unique (possibly compound, possibly multikey) index kept in memory in key order, which mongo-java-server
 * itself only ignores. It answers equality on a leading run of its keys and, past that run, walks its keys in order
 * so a sorted, limited query stops early. Entries map a full key to the positions of the documents holding it.
 * <p>
 * mongo-java-server finds a document's position through its unique indexes, so this index reports none
 * ({@link #getPosition}, {@link #remove} answer {@code null}); the owning collection removes entries with
 * {@link #removeAt}, knowing the position.
 */
final class SecondaryIndex<P> extends Index<P> {

    private final boolean reallySparse;
    private final List<Boolean> ascending;
    private final NavigableMap<List<Object>, Set<P>> entries;
    private volatile boolean multiKey;
    private long count;

    SecondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
        // declared sparse towards mongo-java-server: it must not expect a position from remove(document)
        super(name, keys, true);
        this.reallySparse = sparse;
        this.ascending = keys.stream().map(IndexKey::isAscending).toList();
        this.entries = new TreeMap<>(new KeyOrder(ascending));
    }

    int keyCount() {
        return ascending.size();
    }

    boolean ascending(int key) {
        return ascending.get(key);
    }

    /** True once any document held an array under one of the keys: then key order is not sort order. */
    synchronized boolean isMultiKey() {
        return multiKey;
    }

    /** The positions under a leading run of key values (normalized), in key order, each once. */
    synchronized List<P> positions(List<Object> prefix, boolean reverse) {
        return positions(prefix, null, reverse);
    }

    /**
     * The positions under a leading run of key values whose next key lies within {@code next} (bounds inclusive,
     * normalized; null = no bound), in key order, each once.
     */
    synchronized List<P> positions(List<Object> prefix, QueryConstraints.Range next, boolean reverse) {
        NavigableMap<List<Object>, Set<P>> range = next == null ? range(prefix) : range(prefix, next);
        Collection<Set<P>> groups = (reverse ? range.descendingMap() : range).values();
        Set<P> positions = new LinkedHashSet<>();
        for (Set<P> group : groups) {
            positions.addAll(group);
        }
        return new ArrayList<>(positions);
    }

    synchronized long countUnder(List<Object> prefix) {
        return range(prefix).values().stream().mapToLong(Set::size).sum();
    }

    private NavigableMap<List<Object>, Set<P>> range(List<Object> prefix) {
        if (prefix.isEmpty()) {
            return entries;
        }
        return entries.subMap(bound(prefix, KeyOrder.LOW), true, bound(prefix, KeyOrder.HIGH), true);
    }

    private NavigableMap<List<Object>, Set<P>> range(List<Object> prefix, QueryConstraints.Range next) {
        boolean ascendingNext = ascending.get(prefix.size());
        Object first = ascendingNext ? next.lower() : next.upper();
        Object last = ascendingNext ? next.upper() : next.lower();
        return entries.subMap(bound(extended(prefix, first, KeyOrder.LOW), KeyOrder.LOW), true,
                bound(extended(prefix, last, KeyOrder.HIGH), KeyOrder.HIGH), true);
    }

    private static List<Object> extended(List<Object> prefix, Object value, Object sentinel) {
        List<Object> extended = new ArrayList<>(prefix);
        extended.add(value == null ? sentinel : value);
        return extended;
    }

    private List<Object> bound(List<Object> prefix, Object sentinel) {
        List<Object> bound = new ArrayList<>(prefix);
        while (bound.size() < keyCount()) {
            bound.add(sentinel);
        }
        return bound;
    }

    @Override
    public P getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        keysOf(document); // refuses parallel arrays, as MongoDB does
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        for (List<Object> key : keysOf(document)) {
            if (entries.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(position)) {
                count++;
            }
        }
    }

    @Override
    public P remove(Document document) {
        return null;
    }

    synchronized void removeAt(Document document, P position) {
        removeKeys(keysOf(document), position);
    }

    @Override
    public boolean canHandle(Document query) {
        return false; // the collection plans queries itself (IndexedMemoryCollection)
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        throw new UnsupportedOperationException("planned by the collection");
    }

    @Override
    public synchronized long getCount() {
        return count;
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        keysOf(newDocument);
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, P position,
                                           MongoCollection<P> collection) throws KeyConstraintError {
        Set<List<Object>> oldKeys = keysOf(oldDocument);
        Set<List<Object>> newKeys = keysOf(newDocument);
        if (oldKeys.equals(newKeys)) {
            return;
        }
        removeKeys(oldKeys, position);
        for (List<Object> key : newKeys) {
            if (entries.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(position)) {
                count++;
            }
        }
    }

    private void removeKeys(Set<List<Object>> keys, P position) {
        for (List<Object> key : keys) {
            Set<P> group = entries.get(key);
            if (group != null && group.remove(position)) {
                count--;
                if (group.isEmpty()) {
                    entries.remove(key);
                }
            }
        }
    }

    @Override
    public synchronized void drop() {
        entries.clear();
        count = 0;
    }

    @Override
    public Document toIndexDescription() {
        Document description = super.toIndexDescription();
        if (!reallySparse) {
            description.remove("sparse");
        }
        return description;
    }

    private Set<List<Object>> keysOf(Document document) {
        Set<List<Object>> keys = new LinkedHashSet<>();
        for (KeyValue keyValue : getKeyValues(document)) {
            keys.add(new ArrayList<>(keyValue.stream().toList()));
        }
        if (!multiKey && holdsAnArray(document)) {
            synchronized (this) {
                multiKey = true;
            }
        }
        return keys;
    }

    private boolean holdsAnArray(Document document) {
        for (String key : keys()) {
            if (Utils.getSubdocumentValueCollectionAware(document, key) instanceof Collection<?>) {
                return true;
            }
        }
        return false;
    }
}
