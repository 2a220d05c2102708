package dev.presync.bench.engines.java;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.ValueType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How the generated Java finds the rules of one event type, the way a programmer would lay out
 * thousands of rules: by a text operand's value ({@code ==}, or an {@code or} of {@code ==} on one
 * operand, which becomes several case labels), by a numeric operand's interval (sorted
 * thresholds), or else in a plain list. Each rule goes to the operand that keys the most rules of
 * its type; the full condition is still checked for every candidate.
 */
final class JavaIndexPlan {
    /** Rules by the text value of {@code operand}: {@code keys.get(k)} has candidate list {@code k + 1}. */
    record TextIndex(Operand operand, List<String> keys, List<List<Integer>> lists) {
    }

    /** Rules by the bucket of {@code operand} among sorted {@code thresholds} (scaled by 100). */
    record NumericIndex(Operand operand, long[] thresholds, List<List<Integer>> lists) {
    }

    /** One rule's possible keys: text values per operand, and a bucket interval per numeric operand. */
    private record Keys(Map<Operand, List<String>> text, Map<Operand, List<long[]>> bounds) {
    }

    final EventType type;
    final List<TextIndex> textIndexes = new ArrayList<>();
    final List<NumericIndex> numericIndexes = new ArrayList<>();
    final List<Integer> unkeyed = new ArrayList<>();

    /** @param numbers each rule's number in the whole set (its action's index) */
    JavaIndexPlan(EventType type, List<CheckedRule> rules, List<Integer> numbers) {
        this.type = type;
        List<Keys> keys = rules.stream().map(r -> keysOf(r.condition())).toList();
        Map<Operand, Integer> popularity = new EnumMap<>(Operand.class);
        for (Keys k : keys) {
            k.text.keySet().forEach(o -> popularity.merge(o, 1, Integer::sum));
            k.bounds.keySet().forEach(o -> popularity.merge(o, 1, Integer::sum));
        }
        Map<Operand, Map<String, List<Integer>>> text = new EnumMap<>(Operand.class);
        Map<Operand, Map<Integer, List<long[]>>> numeric = new EnumMap<>(Operand.class);
        for (int i = 0; i < rules.size(); i++) {
            Keys k = keys.get(i);
            Operand best = null;
            for (Operand o : popularity.keySet()) {
                if ((k.text.containsKey(o) || k.bounds.containsKey(o)) && (best == null || better(o, best, popularity))) {
                    best = o;
                }
            }
            int number = numbers.get(i);
            if (best == null) {
                unkeyed.add(number);
            } else if (best.type() == ValueType.TEXT) {
                for (String value : k.text.get(best)) {
                    text.computeIfAbsent(best, o -> new LinkedHashMap<>())
                            .computeIfAbsent(value, v -> new ArrayList<>()).add(number);
                }
            } else {
                numeric.computeIfAbsent(best, o -> new LinkedHashMap<>()).put(number, k.bounds.get(best));
            }
        }
        text.forEach((o, byValue) -> textIndexes.add(new TextIndex(o, List.copyOf(byValue.keySet()),
                List.copyOf(byValue.values()))));
        numeric.forEach((o, byRule) -> numericIndexes.add(numericIndex(o, byRule)));
    }

    private static boolean better(Operand candidate, Operand best, Map<Operand, Integer> popularity) {
        int byCount = Integer.compare(popularity.get(candidate), popularity.get(best));
        if (byCount != 0) {
            return byCount > 0;
        }
        if (candidate.type() != best.type()) {
            return candidate.type() == ValueType.TEXT;
        }
        return candidate.ordinal() < best.ordinal();
    }

    /** Bounds are {op, threshold} pairs; each rule's allowed buckets form one interval. */
    private static NumericIndex numericIndex(Operand operand, Map<Integer, List<long[]>> byRule) {
        TreeSet<Long> distinct = new TreeSet<>();
        byRule.values().forEach(bs -> bs.forEach(b -> distinct.add(b[1])));
        long[] thresholds = distinct.stream().mapToLong(Long::longValue).toArray();
        int buckets = 2 * thresholds.length + 1;
        List<List<Integer>> lists = new ArrayList<>();
        for (int b = 0; b < buckets; b++) {
            lists.add(new ArrayList<>());
        }
        byRule.forEach((number, bounds) -> {
            int low = 0;
            int high = buckets - 1;
            for (long[] b : bounds) {
                int point = 2 * java.util.Arrays.binarySearch(thresholds, b[1]) + 1;
                Comparator op = Comparator.values()[(int) b[0]];
                switch (op) {
                    case EQ -> { low = Math.max(low, point); high = Math.min(high, point); }
                    case GT -> low = Math.max(low, point + 1);
                    case GE -> low = Math.max(low, point);
                    case LT -> high = Math.min(high, point - 1);
                    case LE -> high = Math.min(high, point);
                    default -> { } // != leaves the interval as it is; the full check rejects
                }
            }
            for (int b = low; b <= high; b++) {
                lists.get(b).add(number);
            }
        });
        return new NumericIndex(operand, thresholds, lists);
    }

    private static Keys keysOf(Condition condition) {
        Map<Operand, List<String>> text = new EnumMap<>(Operand.class);
        Map<Operand, List<long[]>> bounds = new EnumMap<>(Operand.class);
        List<Condition> conjuncts = condition instanceof Condition.All all ? all.operands() : List.of(condition);
        for (Condition c : conjuncts) {
            if (c instanceof Condition.Any any) {
                anyOfEquals(any).ifPresent(e -> text.putIfAbsent(e.getKey(), e.getValue()));
            } else if (c instanceof Condition.Compare cmp) {
                Term.Field field = cmp.left() instanceof Term.Field f ? f : cmp.right() instanceof Term.Field f ? f : null;
                Term other = field == cmp.left() ? cmp.right() : cmp.left();
                Comparator op = field == cmp.left() ? cmp.op() : cmp.op().flipped();
                if (field != null && other instanceof Term.Text t && op == Comparator.EQ) {
                    text.putIfAbsent(field.operand(), List.of(t.value()));
                } else if (field != null && other instanceof Term.Number n) {
                    bounds.computeIfAbsent(field.operand(), o -> new ArrayList<>())
                            .add(new long[] {op.ordinal(), JavaConditionWriter.scaled(n.value())});
                }
            }
        }
        return new Keys(text, bounds);
    }

    /** {@code x == 'a' or x == 'b' ...} on one text operand: that operand and its values. */
    private static java.util.Optional<Map.Entry<Operand, List<String>>> anyOfEquals(Condition.Any any) {
        Operand operand = null;
        List<String> values = new ArrayList<>();
        for (Condition c : any.operands()) {
            if (!(c instanceof Condition.Compare cmp) || cmp.op() != Comparator.EQ) {
                return java.util.Optional.empty();
            }
            Term.Field field = cmp.left() instanceof Term.Field f ? f : cmp.right() instanceof Term.Field f ? f : null;
            Term other = field == cmp.left() ? cmp.right() : cmp.left();
            if (field == null || !(other instanceof Term.Text t) || (operand != null && operand != field.operand())) {
                return java.util.Optional.empty();
            }
            operand = field.operand();
            if (!values.contains(t.value())) {
                values.add(t.value());
            }
        }
        return operand == null ? java.util.Optional.empty() : java.util.Optional.of(Map.entry(operand, values));
    }
}
