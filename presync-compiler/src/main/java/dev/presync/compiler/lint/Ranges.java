package dev.presync.compiler.lint;

import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.Operand;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The bounds a condition's top-level {@code and} operands put on single operands ({@code X >= 'b'
 * and X < 'c'}, {@code SalesforceConfiguredCapacity == 12}). Every event that satisfies the
 * condition has each bounded operand present and inside its bounds, so two rules whose bounds on
 * one operand do not meet never fire together: a cheap filter before the decision procedure.
 */
final class Ranges {
    /** A lower and an upper bound, each possibly open (null); values are Strings or Rationals. */
    record Range(Comparable<Object> low, boolean lowStrict, Comparable<Object> high, boolean highStrict) {
        static final Range ALL = new Range(null, false, null, false);

        Range meet(Range o) {
            Range r = this;
            if (o.low != null && (r.low == null || o.low.compareTo(r.low) > 0 || o.low.compareTo(r.low) == 0 && o.lowStrict)) {
                r = new Range(o.low, o.lowStrict, r.high, r.highStrict);
            }
            if (o.high != null && (r.high == null || o.high.compareTo(r.high) < 0 || o.high.compareTo(r.high) == 0 && o.highStrict)) {
                r = new Range(r.low, r.lowStrict, o.high, o.highStrict);
            }
            return r;
        }

        /** No value lies in the range (for a dense order; a gap of whole numbers is left to the decider). */
        boolean isEmpty() {
            if (low == null || high == null) {
                return false;
            }
            int c = low.compareTo(high);
            return c > 0 || c == 0 && (lowStrict || highStrict);
        }
    }

    private Ranges() {
    }

    static Map<Operand, Range> of(Condition condition) {
        Map<Operand, Range> out = new EnumMap<>(Operand.class);
        List<Condition> conjuncts = new ArrayList<>();
        flatten(condition, conjuncts);
        for (Condition c : conjuncts) {
            if (!(c instanceof Condition.Compare cmp)) {
                continue;
            }
            boolean fieldLeft = cmp.left() instanceof Term.Field;
            Term field = fieldLeft ? cmp.left() : cmp.right();
            Term literal = fieldLeft ? cmp.right() : cmp.left();
            if (!(field instanceof Term.Field f) || literal instanceof Term.Field) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Comparable<Object> v = (Comparable<Object>) (Object) (literal instanceof Term.Text t ? t.value()
                    : ((Term.Number) literal).value());
            Range r = switch (fieldLeft ? cmp.op() : cmp.op().flipped()) {
                case EQ -> new Range(v, false, v, false);
                case NE -> Range.ALL;
                case GT -> new Range(v, true, null, false);
                case GE -> new Range(v, false, null, false);
                case LT -> new Range(null, false, v, true);
                case LE -> new Range(null, false, v, false);
            };
            out.merge(f.operand(), r, Range::meet);
        }
        return out;
    }

    /** True when some operand is bounded by both and the bounds do not meet. */
    static boolean disjoint(Map<Operand, Range> a, Map<Operand, Range> b) {
        for (Map.Entry<Operand, Range> e : a.entrySet()) {
            Range other = b.get(e.getKey());
            if (other != null && e.getValue().meet(other).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static void flatten(Condition c, List<Condition> out) {
        if (c instanceof Condition.All all) {
            all.operands().forEach(x -> flatten(x, out));
        } else {
            out.add(c);
        }
    }
}
