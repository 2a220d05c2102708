package dev.presync.sync.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The keys a reader looks at, as a tree: what a caller that parses the JSON itself may limit its
 * parse to. An Agent Event Stream record is about a kilobyte, and the reader needs a tenth of it
 * (the snapshot's routing profile, ARNs and names are never read); building maps of the rest is
 * most of the cost of reading a record.
 *
 * <p>The promise: a reader gives the same {@link Reading} for a record as for the record
 * <em>pruned</em> by its keys, where pruning a value by a node keeps a scalar (string, number,
 * boolean, null) as it is, keeps an object with only the keys the node lists (each pruned by its
 * own node), and keeps an array with each element pruned by the same node. A pruned-away object is
 * still an object, an array still an array, so what a message says about a value of the wrong
 * type does not change.
 */
public final class KeysRead {
    private static final KeysRead LEAF = new KeysRead(Map.of());
    private final Map<String, KeysRead> keys;

    private KeysRead(Map<String, KeysRead> keys) {
        this.keys = keys;
    }

    /** A node with no keys of its own: a value read as a scalar, or only described when it is not one. */
    public static KeysRead leaf() {
        return LEAF;
    }

    /** A node for an object; {@code keysAndNodes} alternates key names and their nodes. */
    static KeysRead of(Object... keysAndNodes) {
        Map<String, KeysRead> keys = new LinkedHashMap<>();
        for (int i = 0; i < keysAndNodes.length; i += 2) {
            keys.put((String) keysAndNodes[i], (KeysRead) keysAndNodes[i + 1]);
        }
        return new KeysRead(Collections.unmodifiableMap(keys));
    }

    /** A node whose keys are all leaves. */
    static KeysRead leaves(String... names) {
        List<Object> pairs = new ArrayList<>();
        for (String name : names) {
            pairs.add(name);
            pairs.add(LEAF);
        }
        return of(pairs.toArray());
    }

    /** The node of {@code key} inside an object at this node, or null when that key is never read. */
    public KeysRead key(String key) {
        return keys.get(key);
    }

    /** The keys read at this node, in no promised order. */
    public Map<String, KeysRead> keys() {
        return keys;
    }

    /** {@code value} pruned by this node, as the class describes; what a test compares a reader on. */
    public Object prune(Object value) {
        if (value instanceof Map<?, ?> object) {
            Map<String, Object> kept = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : object.entrySet()) {
                KeysRead node = keys.get(e.getKey());
                if (node != null) {
                    kept.put((String) e.getKey(), node.prune(e.getValue()));
                }
            }
            return kept;
        }
        if (value instanceof List<?> list) {
            List<Object> kept = new ArrayList<>(list.size());
            list.forEach(v -> kept.add(prune(v)));
            return kept;
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeysRead k && k.keys.equals(keys);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keys);
    }

    @Override
    public String toString() {
        return keys.toString();
    }
}
