package dev.presync.compiler.codegen;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Rational;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.ValueType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * Proves that two rules of one event type never fire together: some operand is pinned by both
 * to disjoint sets of text literals ({@code X == 'a'} against {@code X == 'b' or X == 'c'}), or
 * bounded by both to disjoint intervals ({@code Pct >= 100} against {@code Pct < 100}). A rule
 * exclusive with every other rule of its type can end the scan the moment it fires, which is
 * what a programmer's {@code return} does in a hand-written switch. The proof is conservative:
 * "not proved" never changes what fires, only how soon the scan stops.
 *
 * <p>A comparison of two workloads is checked against both rules' bounds as well: below
 * capacity ({@code PreviousPct >= 100 and NewPct < 100}) means {@code New < Previous}, which
 * {@code New > Previous} contradicts. Two Pcts of one event share its capacity, so they are in
 * the order of their workloads whenever both are present, and a conjunct that holds proves its
 * operands present.
 */
final class Exclusion {
    private final List<Map<Operand, SortedSet<String>>> text;
    private final List<Map<Operand, List<Conjuncts.Bound>>> bounds;
    private final List<List<Relation>> relations;

    /** A top-level conjunct {@code left op right} between two number operands the event carries. */
    private record Relation(Operand left, Comparator op, Operand right) {
    }

    /** @param conditions the type's rule conditions, folded ({@link EventFacts}), by position */
    Exclusion(List<Condition> conditions, EventType type) {
        this.text = conditions.stream().map(c -> Conjuncts.textKeys(c, type)).toList();
        this.bounds = conditions.stream().map(c -> Conjuncts.numericBounds(c, type)).toList();
        this.relations = conditions.stream().map(c -> relations(c, type)).toList();
    }

    private static List<Relation> relations(Condition condition, EventType type) {
        List<Relation> out = new ArrayList<>();
        for (Condition c : Conjuncts.of(condition)) {
            if (c instanceof Condition.Compare cmp && cmp.left() instanceof Term.Field l
                    && cmp.right() instanceof Term.Field r && l.operand().type() == ValueType.NUMBER
                    && r.operand().type() == ValueType.NUMBER && type.carries(l.operand()) && type.carries(r.operand())) {
                out.add(new Relation(l.operand(), cmp.op(), r.operand()));
            }
        }
        return out;
    }

    /** True when no event can make both positions fire. */
    boolean exclusive(int a, int b) {
        for (Map.Entry<Operand, SortedSet<String>> e : text.get(a).entrySet()) {
            SortedSet<String> other = text.get(b).get(e.getKey());
            if (other != null && Collections.disjoint(e.getValue(), other)) {
                return true;
            }
        }
        for (Map.Entry<Operand, List<Conjuncts.Bound>> e : bounds.get(a).entrySet()) {
            List<Conjuncts.Bound> other = bounds.get(b).get(e.getKey());
            if (other != null && Interval.of(e.getValue()).disjoint(Interval.of(other))) {
                return true;
            }
        }
        for (int rule : new int[] {a, b}) {
            for (Relation r : relations.get(rule)) {
                if (contradicted(r, a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the bounds of rules a and b together leave no values with {@code r}: on the
     * operands themselves, or, for two workloads or two Pcts, on the other pair, which is in the
     * same order (both Pcts divide by the one capacity, nonzero when either Pct is present). A
     * Pct against a plain number is never used: their bounds are not on one scale.
     */
    private boolean contradicted(Relation r, int a, int b) {
        if (r.left().isDerived() != r.right().isDerived()) {
            return false; // a Pct's bounds are kept as workload / capacity, a plain number's as itself
        }
        if (contradicted(r.op(), both(r.left(), a, b), both(r.right(), a, b))) {
            return true;
        }
        Operand left = counterpart(r.left());
        Operand right = counterpart(r.right());
        return left != null && right != null && contradicted(r.op(), both(left, a, b), both(right, a, b));
    }

    /** A workload's Pct, a Pct's workload; null for the capacity. */
    private static Operand counterpart(Operand o) {
        if (o.isDerived()) {
            return o.workloadOfPct();
        }
        for (Operand pct : Operand.values()) {
            if (pct.workloadOfPct() == o) {
                return pct;
            }
        }
        return null;
    }

    /** The values an operand may take if both rules fire: the intersection of their bounds on it. */
    private Interval both(Operand o, int a, int b) {
        List<Conjuncts.Bound> all = new ArrayList<>(bounds.get(a).getOrDefault(o, List.of()));
        all.addAll(bounds.get(b).getOrDefault(o, List.of()));
        return Interval.of(all);
    }

    /** True when no value of {@code l} and no value of {@code r} satisfy {@code l op r}. */
    private static boolean contradicted(Comparator op, Interval l, Interval r) {
        return switch (op) {
            case GT -> atMost(l.high, r.low);
            case LT -> atMost(r.high, l.low);
            case GE -> Interval.ends(l.high, l.highIn, r.low, r.lowIn);
            case LE -> Interval.ends(r.high, r.highIn, l.low, l.lowIn);
            case EQ -> l.disjoint(r);
            case NE -> false;
        };
    }

    /** True when every value up to {@code high} is at most every value from {@code low}. */
    private static boolean atMost(Rational high, Rational low) {
        return high != null && low != null && high.compareTo(low) <= 0;
    }

    /** True when position p is exclusive with every other position in 0..count-1. */
    boolean exclusiveWithAll(int p, int count) {
        for (int q = 0; q < count; q++) {
            if (q != p && !exclusive(p, q)) {
                return false;
            }
        }
        return true;
    }

    /** The values all of an operand's bounds allow; a null end is unbounded ({@code !=} is ignored). */
    private record Interval(Rational low, boolean lowIn, Rational high, boolean highIn) {
        static Interval of(List<Conjuncts.Bound> bounds) {
            Interval i = new Interval(null, false, null, false);
            for (Conjuncts.Bound b : bounds) {
                Rational t = b.threshold();
                i = switch (b.op()) {
                    case EQ -> i.above(t, true).below(t, true);
                    case GT -> i.above(t, false);
                    case GE -> i.above(t, true);
                    case LT -> i.below(t, false);
                    case LE -> i.below(t, true);
                    case NE -> i;
                };
            }
            return i;
        }

        Interval above(Rational t, boolean in) {
            if (low == null || t.compareTo(low) > 0 || (t.compareTo(low) == 0 && !in)) {
                return new Interval(t, in, high, highIn);
            }
            return this;
        }

        Interval below(Rational t, boolean in) {
            if (high == null || t.compareTo(high) < 0 || (t.compareTo(high) == 0 && !in)) {
                return new Interval(low, lowIn, t, in);
            }
            return this;
        }

        boolean disjoint(Interval other) {
            return ends(high, highIn, other.low, other.lowIn) || ends(other.high, other.highIn, low, lowIn);
        }

        /** True when everything up to (high, highIn) lies below everything from (low, lowIn). */
        static boolean ends(Rational high, boolean highIn, Rational low, boolean lowIn) {
            if (high == null || low == null) {
                return false;
            }
            int c = high.compareTo(low);
            return c < 0 || (c == 0 && !(highIn && lowIn));
        }
    }
}
