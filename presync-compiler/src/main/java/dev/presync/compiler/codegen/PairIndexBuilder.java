package dev.presync.compiler.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the hash table of a {@link EventPlan.PairIndex}, laid out exactly as {@code Templates.pairBucket} probes it. */
final class PairIndexBuilder {
    private record Key(long first, long second) {
    }

    private PairIndexBuilder() {
    }

    /**
     * @param pairsOfPosition the allowed value pairs of each indexed position, in position order;
     *     a rule with several is in several buckets, and since an event has one pair of values,
     *     it is still a candidate at most once
     */
    static EventPlan.PairIndex build(PairKeys.Pair pair, Map<Integer, List<long[]>> pairsOfPosition) {
        Map<Key, List<Integer>> byKey = new LinkedHashMap<>();
        pairsOfPosition.forEach((position, values) -> values.forEach(v ->
                byKey.computeIfAbsent(new Key(v[0], v[1]), k -> new ArrayList<>()).add(position)));
        int size = 2;
        while (size < byKey.size() * 2) {
            size *= 2;
        }
        long[] firstKeys = new long[size];
        long[] secondKeys = new long[size];
        int[] ids = new int[size];
        int[][] buckets = new int[byKey.size() + 1][];
        buckets[0] = new int[0];
        int id = 1;
        for (Map.Entry<Key, List<Integer>> e : byKey.entrySet()) {
            int i = Templates.pairSlot(e.getKey().first(), e.getKey().second(), size - 1);
            while (ids[i] != 0) {
                i = (i + 1) & (size - 1);
            }
            firstKeys[i] = e.getKey().first();
            secondKeys[i] = e.getKey().second();
            ids[i] = id;
            buckets[id++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
        }
        return new EventPlan.PairIndex(pair, firstKeys, secondKeys, ids, buckets);
    }
}
