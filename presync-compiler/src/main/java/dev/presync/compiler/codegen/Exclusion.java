package dev.presync.compiler.codegen;

import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Rational;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
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
 */
final class Exclusion {
    private final List<Map<Operand, SortedSet<String>>> text;
    private final List<Map<Operand, List<Conjuncts.Bound>>> bounds;

    /** @param conditions the type's rule conditions, folded ({@link EventFacts}), by position */
    Exclusion(List<Condition> conditions, EventType type) {
        this.text = conditions.stream().map(c -> Conjuncts.textKeys(c, type)).toList();
        this.bounds = conditions.stream().map(c -> Conjuncts.numericBounds(c, type)).toList();
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
        return false;
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
        private static boolean ends(Rational high, boolean highIn, Rational low, boolean lowIn) {
            if (high == null || low == null) {
                return false;
            }
            int c = high.compareTo(low);
            return c < 0 || (c == 0 && !(highIn && lowIn));
        }
    }
}
