package dev.presync.compiler.codegen;

import dev.presync.compiler.checked.Rational;
import dev.presync.runtime.Operand;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds a {@link EventPlan.NumericIndex}: the buckets each rule's bounds allow, classified into
 * bands, lower rays and upper rays so that storage stays linear in the number of rules (a ray
 * spans O(m) buckets; listing it in each would cost O(m²)).
 */
final class NumericIndexBuilder {
    /** The buckets a rule's bounds allow, as an inclusive range (holes from {@code !=} are ignored). */
    private record Span(int position, int low, int high) {
    }

    private NumericIndexBuilder() {
    }

    /**
     * A position whose bounds allow no bucket can never fire and lands in no stream.
     *
     * @param boundsOfPosition the bounds of each indexed position, in position order
     */
    static EventPlan.NumericIndex build(Operand operand, Map<Integer, List<Conjuncts.Bound>> boundsOfPosition) {
        TreeSet<Rational> distinct = new TreeSet<>();
        boundsOfPosition.values().forEach(bs -> bs.forEach(b -> distinct.add(b.threshold())));
        List<Rational> thresholds = new ArrayList<>(distinct);
        int bucketCount = 2 * thresholds.size() + 1;
        List<Span> lower = new ArrayList<>();
        List<Span> upper = new ArrayList<>();
        List<Span> bands = new ArrayList<>();
        boundsOfPosition.forEach((position, bounds) -> {
            int low = 0;
            int high = bucketCount - 1;
            for (Conjuncts.Bound b : bounds) {
                int point = 2 * Collections.binarySearch(thresholds, b.threshold()) + 1;
                switch (b.op()) {
                    case EQ -> { low = Math.max(low, point); high = Math.min(high, point); }
                    case GT -> low = Math.max(low, point + 1);
                    case GE -> low = Math.max(low, point);
                    case LT -> high = Math.min(high, point - 1);
                    case LE -> high = Math.min(high, point);
                    case NE -> { } // a hole, ignored: the span over-approximates
                }
            }
            if (low > high) {
                return; // never fires
            }
            if (high == bucketCount - 1) {
                lower.add(new Span(position, low, high));
            } else if (low == 0) {
                upper.add(new Span(position, low, high));
            } else {
                bands.add(new Span(position, low, high));
            }
        });
        int[][] bandLists = fillBands(bands, lower, bucketCount, 8 * boundsOfPosition.size() + 1024);

        lower.sort(Comparator.comparingInt(Span::low).thenComparingInt(Span::position));
        upper.sort(Comparator.comparingInt(Span::high).reversed().thenComparingInt(Span::position));
        int[] lowerEnd = new int[bucketCount];
        int[] upperEnd = new int[bucketCount];
        for (Span s : lower) {
            lowerEnd[s.low()]++;
        }
        for (Span s : upper) {
            upperEnd[s.high()]++;
        }
        for (int b = 1; b < bucketCount; b++) {
            lowerEnd[b] += lowerEnd[b - 1];
        }
        for (int b = bucketCount - 2; b >= 0; b--) {
            upperEnd[b] += upperEnd[b + 1];
        }
        long[] nums = thresholds.stream().mapToLong(t -> t.numerator().longValueExact()).toArray();
        long[] dens = thresholds.stream().mapToLong(t -> t.denominator().longValueExact()).toArray();
        return new EventPlan.NumericIndex(operand, nums, dens, bandLists,
                lower.stream().mapToInt(Span::position).toArray(), lowerEnd,
                upper.stream().mapToInt(Span::position).toArray(), upperEnd);
    }

    /** Narrowest bands first, within a budget of list entries; bands past it become lower rays (still sound). */
    private static int[][] fillBands(List<Span> bands, List<Span> lower, int bucketCount, int budget) {
        List<Span> byWidth = new ArrayList<>(bands);
        byWidth.sort(Comparator.comparingInt((Span s) -> s.high() - s.low()).thenComparingInt(Span::position));
        List<Span> kept = new ArrayList<>();
        int used = 0;
        for (Span s : byWidth) {
            int width = s.high() - s.low() + 1;
            if (used + width <= budget) {
                kept.add(s);
                used += width;
            } else {
                lower.add(new Span(s.position(), s.low(), bucketCount - 1));
            }
        }
        kept.sort(Comparator.comparingInt(Span::position));
        List<List<Integer>> lists = new ArrayList<>();
        for (int b = 0; b < bucketCount; b++) {
            lists.add(new ArrayList<>());
        }
        for (Span s : kept) {
            for (int b = s.low(); b <= s.high(); b++) {
                lists.get(b).add(s.position());
            }
        }
        int[][] out = new int[bucketCount][];
        for (int b = 0; b < bucketCount; b++) {
            out[b] = lists.get(b).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }
}
