package dev.presync.compiler.codegen;

import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.Condition;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import java.util.List;

/**
 * How the generated code finds candidate rules for one event type. Rules are numbered by their
 * position among the type's active rules (source order). Every position that can fire is in
 * exactly one stream: one index, or the unkeyed scan. A stream is only a filter; the full
 * condition is still evaluated for every candidate, so an index may over-approximate but never
 * miss a rule. What is proved exactly, though, is not tested again: {@code tested} holds each
 * position's condition without the conjunct its text index has already matched, or without
 * every conjunct its pair index has proved.
 */
record EventPlan(EventType type, List<CheckedRule> rules, List<Condition> tested, List<TextIndex> textIndexes,
                 List<PairIndex> pairIndexes, List<NumericIndex> numericIndexes, int[] unkeyed) {

    /**
     * Rules with a top-level conjunct {@code operand == 'literal'}, found by an open-addressing
     * hash table from the operand's value to a bucket of positions. Bucket 0 is empty.
     *
     * @param tableKeys power-of-two table, null where free
     * @param tableIds  the bucket id for each key
     */
    record TextIndex(Operand operand, String[] tableKeys, int[] tableIds, int[][] buckets) {
    }

    /**
     * Rules with top-level conjuncts {@code operand op literal}. The sorted distinct thresholds
     * t_0 < … < t_{m-1} cut the line into 2m+1 buckets: bucket 2j+1 is the point t_j, bucket 2j the
     * open interval below it. Binary search finds the value's bucket; then three streams apply:
     * bands (a list per bucket), lower rays (rules with bucket >= their lowest, sorted so the
     * candidates are a prefix of length {@code lowerEnd[bucket]}), and upper rays likewise.
     *
     * @param nums numerators of the thresholds, already per capacity for a Pct
     * @param dens their denominators, positive
     */
    record NumericIndex(Operand operand, long[] nums, long[] dens, int[][] bands, int[] lower, int[] lowerEnd,
                        int[] upper, int[] upperEnd) {
    }

    /**
     * Rules that confine two supplied number operands to a few value pairs ({@link PairKeys}),
     * found by an open-addressing hash table from the event's two values to a bucket of
     * positions; the lookup runs only when both values are present. Bucket 0 is empty.
     *
     * @param firstKeys  the first value of each slot's pair
     * @param secondKeys the second value
     * @param tableIds   the bucket id of each slot, 0 where free
     */
    record PairIndex(PairKeys.Pair pair, long[] firstKeys, long[] secondKeys, int[] tableIds, int[][] buckets) {
    }
}
