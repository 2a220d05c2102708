package dev.presync.bench.engines.java;

import dev.presync.runtime.Action;
import java.util.Arrays;
import java.util.List;

/**
 * The result-building helpers the generated Java calls: the first fired rule is kept in a local,
 * so nothing is allocated unless two rules fire; then the rule numbers are sorted back into
 * source order, because a lookup finds rules grouped by key, not in file order.
 */
public final class Fired {
    private Fired() {
    }

    /** Adds a fired rule number after the first; {@code more[0]} counts the entries. */
    public static int[] push(int[] more, int rule) {
        int[] out = more == null ? new int[8] : more;
        if (out[0] + 1 == out.length) {
            out = Arrays.copyOf(out, out.length * 2);
        }
        out[++out[0]] = rule;
        return out;
    }

    /** The actions of the fired rules in source order: none, the preallocated single, or a sorted list. */
    public static List<Action> finish(int first, int[] more, Action[] actions, List<Action>[] singles) {
        if (first < 0) {
            return List.of();
        }
        if (more == null) {
            return singles[first];
        }
        int[] rules = Arrays.copyOf(more, more[0] + 1);
        rules[0] = first;
        Arrays.sort(rules);
        Action[] out = new Action[rules.length];
        for (int i = 0; i < rules.length; i++) {
            out[i] = actions[rules[i]];
        }
        return List.of(out);
    }

    /**
     * Binary search of {@code num/den} (den > 0) among sorted thresholds {@code t[i]/scale}:
     * {@code 2j+1} when it equals threshold j, else {@code 2j} where j thresholds lie below it.
     */
    public static int bucket(long num, long den, long[] thresholds, long scale) {
        int lo = 0;
        int hi = thresholds.length;
        long scaled = num * scale;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (scaled > thresholds[mid] * den) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < thresholds.length && scaled == thresholds[lo] * den ? 2 * lo + 1 : 2 * lo;
    }
}
