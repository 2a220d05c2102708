package dev.presync.compiler.codegen;

import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.checked.Condition;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.ValueType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Decides, per event type, which index finds each rule. A rule may be keyable on several
 * operands; it goes to the most selective one: the operand whose literals (text) or points and
 * bands (numbers; all rays count as one) take the most distinct values over the type's rules,
 * since that index splits the rules into the most buckets and leaves the fewest candidates per
 * event. Ties go to the operand
 * that keys more rules, then text before number, then operand order. (Counting keyed rules alone
 * put a thousand rules {@code New == 'Available' and Old == 'x_i'} in one bucket of a thousand.)
 *
 * <p>A rule that confines two supplied number operands to a few value pairs ({@link PairKeys},
 * e.g. capacity and workload, or capacity and a Pct band) goes to a pair index instead, when that
 * pair's buckets are on average no longer than the best single operand's: the lookup
 * proves both operands, so the candidate skips those conjuncts. Types small enough for
 * straight-line code keep the single-operand plan.
 */
final class IndexPlanner {
    private IndexPlanner() {
    }

    /** One plan per event type that has an active rule, in event type order. */
    static List<EventPlan> plan(CheckedRuleSet ruleSet) {
        Map<EventType, List<CheckedRule>> byType = new EnumMap<>(EventType.class);
        for (CheckedRule rule : ruleSet.activeRules()) {
            byType.computeIfAbsent(rule.event(), t -> new ArrayList<>()).add(rule);
        }
        List<EventPlan> plans = new ArrayList<>();
        byType.forEach((type, rules) -> plans.add(planType(type, rules)));
        return plans;
    }

    /**
     * A type small enough for straight-line code keeps the single-operand plan (that code tests
     * pair-keyed rules in full, and needs no table); a larger one gets pair keys too.
     */
    private static EventPlan planType(EventType type, List<CheckedRule> rules) {
        EventPlan single = planType(type, rules, false);
        return DirectScanEmitter.fits(single) ? single : planType(type, rules, true);
    }

    private static EventPlan planType(EventType type, List<CheckedRule> rules, boolean withPairs) {
        List<PairKeys.Pair> pairs = withPairs ? PairKeys.pairs(type) : List.of();
        List<Map<PairKeys.Pair, PairKeys.Keys>> pairKeys = new ArrayList<>();
        Map<PairKeys.Pair, Set<List<Long>>> pairDistinct = new LinkedHashMap<>();
        Map<PairKeys.Pair, Integer> pairUsable = new LinkedHashMap<>();
        Map<PairKeys.Pair, Integer> pairEntries = new LinkedHashMap<>();
        List<Map<Operand, SortedSet<String>>> textKeys = new ArrayList<>();
        List<Map<Operand, List<Conjuncts.Bound>>> bounds = new ArrayList<>();
        Map<Operand, Integer> usable = new EnumMap<>(Operand.class);
        Map<Operand, Set<Object>> distinct = new EnumMap<>(Operand.class);
        List<Condition> folded = new ArrayList<>();
        for (CheckedRule rule : rules) {
            Condition condition = EventFacts.fold(rule.condition(), type);
            folded.add(condition);
            Map<Operand, SortedSet<String>> t = Conjuncts.textKeys(condition, type);
            Map<Operand, List<Conjuncts.Bound>> n = Conjuncts.numericBounds(condition, type);
            textKeys.add(t);
            bounds.add(n);
            t.keySet().forEach(o -> usable.merge(o, 1, Integer::sum));
            n.keySet().forEach(o -> usable.merge(o, 1, Integer::sum));
            t.forEach((o, literals) -> distinct.computeIfAbsent(o, k -> new HashSet<>()).addAll(literals));
            n.forEach((o, b) -> distinct.computeIfAbsent(o, k -> new HashSet<>()).add(numericKey(b)));
            Map<PairKeys.Pair, PairKeys.Keys> keysOfRule = new LinkedHashMap<>();
            int fewest = Integer.MAX_VALUE;
            for (PairKeys.Pair pair : pairs) {
                PairKeys.Keys keys = PairKeys.keys(condition, type, pair);
                if (keys != null) {
                    keysOfRule.put(pair, keys);
                    fewest = Math.min(fewest, keys.values().size());
                }
            }
            // A pair's bucket lengths count the rules it pins most tightly (fewest keys), not every
            // rule it could hold: New == 7 and Previous < 7 lists 7 keys on (Previous, New), 1 on (New, Capacity).
            for (Map.Entry<PairKeys.Pair, PairKeys.Keys> e : keysOfRule.entrySet()) {
                if (e.getValue().values().size() == fewest) {
                    pairUsable.merge(e.getKey(), 1, Integer::sum);
                    pairEntries.merge(e.getKey(), fewest, Integer::sum);
                    Set<List<Long>> seen = pairDistinct.computeIfAbsent(e.getKey(), k -> new HashSet<>());
                    e.getValue().values().forEach(v -> seen.add(List.of(v[0], v[1])));
                }
            }
            pairKeys.add(keysOfRule);
        }
        Map<Operand, Integer> selectivity = new EnumMap<>(Operand.class);
        distinct.forEach((o, values) -> selectivity.put(o, values.size()));
        Map<Operand, Map<Integer, SortedSet<String>>> textMembers = new EnumMap<>(Operand.class);
        Map<Operand, Map<Integer, List<Conjuncts.Bound>>> numericMembers = new EnumMap<>(Operand.class);
        Map<PairKeys.Pair, Map<Integer, List<long[]>>> pairMembers = new LinkedHashMap<>();
        Map<Operand, Double> singleLength = new EnumMap<>(Operand.class);
        List<Integer> unkeyed = new ArrayList<>();
        List<Condition> tested = new ArrayList<>();
        for (int position = 0; position < rules.size(); position++) {
            Operand best = null;
            for (Operand o : usable.keySet()) {
                boolean keyable = textKeys.get(position).containsKey(o) || bounds.get(position).containsKey(o);
                if (keyable && (best == null || better(o, best, selectivity, usable))) {
                    best = o;
                }
            }
            PairKeys.Pair bestPair = bestPair(pairKeys.get(position), pairDistinct, pairEntries, pairUsable,
                    best == null ? Double.POSITIVE_INFINITY : singleLength.computeIfAbsent(best,
                            o -> singleLength(o, bounds, usable.get(o), selectivity.get(o))));
            Condition condition = folded.get(position);
            if (bestPair != null) {
                PairKeys.Keys keys = pairKeys.get(position).get(bestPair);
                if (EventFacts.isNever(condition) || keys.values().isEmpty()) {
                    tested.add(new Condition.Any(List.of())); // it can never fire: in no stream, and says so
                } else {
                    tested.add(keys.rest());
                    pairMembers.computeIfAbsent(bestPair, p -> new TreeMap<>()).put(position, keys.values());
                }
                continue;
            }
            tested.add(best != null && best.type() == ValueType.TEXT
                    ? Conjuncts.withoutTextKey(condition, best, type) : condition);
            if (EventFacts.isNever(condition)) {
                continue; // the event type alone rules it out: in no stream
            }
            if (best == null) {
                unkeyed.add(position);
            } else if (best.type() == ValueType.TEXT) {
                textMembers.computeIfAbsent(best, o -> new TreeMap<>()).put(position, textKeys.get(position).get(best));
            } else {
                numericMembers.computeIfAbsent(best, o -> new TreeMap<>()).put(position, bounds.get(position).get(best));
            }
        }
        List<EventPlan.TextIndex> text = new ArrayList<>();
        textMembers.forEach((operand, members) -> text.add(TextIndexBuilder.build(operand, members)));
        List<EventPlan.PairIndex> pairIndexes = new ArrayList<>();
        pairMembers.forEach((pair, members) -> pairIndexes.add(PairIndexBuilder.build(pair, members)));
        List<EventPlan.NumericIndex> numeric = new ArrayList<>();
        // Positions the numeric builder proves can never fire are simply in no stream.
        numericMembers.forEach((operand, members) -> numeric.add(NumericIndexBuilder.build(operand, members)));
        return new EventPlan(type, List.copyOf(rules), List.copyOf(tested), text, pairIndexes, numeric,
                unkeyed.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * What a rule's bounds on one number operand contribute to its selectivity: a point or a band
     * (bounded on both sides) is a value of its own; a ray ({@code x < 5}) splits nothing, since
     * a ray index hands every event a prefix of all its rays, so all rays count as one value.
     */
    private static Object numericKey(List<Conjuncts.Bound> bounds) {
        boolean low = false;
        boolean high = false;
        for (Conjuncts.Bound b : bounds) {
            switch (b.op()) {
                case EQ -> {
                    low = true;
                    high = true;
                }
                case GT, GE -> low = true;
                case LT, LE -> high = true;
                default -> {
                }
            }
        }
        return low && high ? bounds : "ray";
    }

    /**
     * Of the rule's pairs, the one it pins most tightly (fewest keys: each key is a bucket it adds
     * itself to); ties: the pair whose buckets are shortest on average (entries over distinct
     * keys), then the pair keying more rules, then pair order. It is used if its buckets are no
     * longer than the best single operand's ({@code singleLength}); a pair key proves two operands
     * at once, so it wins ties. Null when the rule has no pair keys or a single operand splits finer.
     */
    private static PairKeys.Pair bestPair(Map<PairKeys.Pair, PairKeys.Keys> candidates,
                                          Map<PairKeys.Pair, Set<List<Long>>> distinct,
                                          Map<PairKeys.Pair, Integer> entries, Map<PairKeys.Pair, Integer> usable,
                                          double singleLength) {
        PairKeys.Pair best = null;
        for (PairKeys.Pair pair : candidates.keySet()) {
            int byKeys = best == null ? -1
                    : Integer.compare(candidates.get(pair).values().size(), candidates.get(best).values().size());
            int byLength = best == null ? -1 : Double.compare(length(pair, distinct, entries), length(best, distinct, entries));
            if (byKeys < 0 || byKeys == 0 && (byLength < 0
                    || byLength == 0 && usable.getOrDefault(pair, 0) > usable.getOrDefault(best, 0))) {
                best = pair;
            }
        }
        double length = best == null ? Double.POSITIVE_INFINITY : length(best, distinct, entries);
        return length != Double.POSITIVE_INFINITY && length <= singleLength ? best : null;
    }

    private static double length(PairKeys.Pair pair, Map<PairKeys.Pair, Set<List<Long>>> distinct,
                                 Map<PairKeys.Pair, Integer> entries) {
        Set<List<Long>> keys = distinct.get(pair);
        return keys == null ? Double.POSITIVE_INFINITY : entries.get(pair) / (double) Math.max(1, keys.size());
    }

    /**
     * The mean candidates per bucket of an index on one operand over every rule it could key:
     * keyed rules over distinct literals for text; for a number, the bands and ray prefixes an
     * index over all of them would list, averaged over its buckets (bands overlap, so distinct
     * bands alone would flatter it).
     */
    private static double singleLength(Operand operand, List<Map<Operand, List<Conjuncts.Bound>>> bounds,
                                       int usable, int distinct) {
        if (operand.type() == ValueType.TEXT) {
            return usable / (double) Math.max(1, distinct);
        }
        Map<Integer, List<Conjuncts.Bound>> members = new TreeMap<>();
        for (int p = 0; p < bounds.size(); p++) {
            if (bounds.get(p).containsKey(operand)) {
                members.put(p, bounds.get(p).get(operand));
            }
        }
        EventPlan.NumericIndex index = NumericIndexBuilder.build(operand, members);
        long candidates = 0;
        for (int b = 0; b < index.bands().length; b++) {
            candidates += index.bands()[b].length + index.lowerEnd()[b] + index.upperEnd()[b];
        }
        return candidates / (double) index.bands().length;
    }

    private static boolean better(Operand candidate, Operand best, Map<Operand, Integer> selectivity,
                                  Map<Operand, Integer> usable) {
        int bySelectivity = Integer.compare(selectivity.get(candidate), selectivity.get(best));
        if (bySelectivity != 0) {
            return bySelectivity > 0;
        }
        int byCount = Integer.compare(usable.get(candidate), usable.get(best));
        if (byCount != 0) {
            return byCount > 0;
        }
        if (candidate.type() != best.type()) {
            return candidate.type() == ValueType.TEXT;
        }
        return candidate.ordinal() < best.ordinal();
    }
}
