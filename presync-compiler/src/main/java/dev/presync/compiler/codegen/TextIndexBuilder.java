package dev.presync.compiler.codegen;

import dev.presync.runtime.Operand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the hash table of a {@link EventPlan.TextIndex}, laid out exactly as {@code Templates.textBucket} probes it. */
final class TextIndexBuilder {
    private TextIndexBuilder() {
    }

    /**
     * @param keysOfPosition the key literals of each indexed position, in position order; a rule
     *     with several ({@code X == 'a' or X == 'b'}) is in several buckets, and since an event's
     *     value matches one key at most, it is still a candidate at most once
     */
    static EventPlan.TextIndex build(Operand operand, Map<Integer, ? extends Set<String>> keysOfPosition) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        keysOfPosition.forEach((position, keys) ->
                keys.forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(position)));
        int size = 2;
        while (size < byKey.size() * 2) {
            size *= 2;
        }
        String[] keys = new String[size];
        int[] ids = new int[size];
        int[][] buckets = new int[byKey.size() + 1][];
        buckets[0] = new int[0];
        int id = 1;
        for (Map.Entry<String, List<Integer>> e : byKey.entrySet()) {
            int h = e.getKey().hashCode();
            int i = (h ^ (h >>> 16)) & (size - 1);
            while (keys[i] != null) {
                i = (i + 1) & (size - 1);
            }
            keys[i] = e.getKey();
            ids[i] = id;
            buckets[id++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
        }
        return new EventPlan.TextIndex(operand, keys, ids, buckets);
    }
}
