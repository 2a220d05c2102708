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

    private static EventPlan planType(EventType type, List<CheckedRule> rules) {
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
        }
        Map<Operand, Integer> selectivity = new EnumMap<>(Operand.class);
        distinct.forEach((o, values) -> selectivity.put(o, values.size()));
        Map<Operand, Map<Integer, SortedSet<String>>> textMembers = new EnumMap<>(Operand.class);
        Map<Operand, Map<Integer, List<Conjuncts.Bound>>> numericMembers = new EnumMap<>(Operand.class);
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
            Condition condition = folded.get(position);
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
        List<EventPlan.NumericIndex> numeric = new ArrayList<>();
        // Positions the numeric builder proves can never fire are simply in no stream.
        numericMembers.forEach((operand, members) -> numeric.add(NumericIndexBuilder.build(operand, members)));
        return new EventPlan(type, List.copyOf(rules), List.copyOf(tested), text, numeric,
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
