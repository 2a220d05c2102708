package dev.presync.compiler.interp;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Rational;
import dev.presync.compiler.checked.Term;

/**
 * The meaning of a condition, written once and plainly: it is the oracle the bytecode back end is
 * tested against. A comparison with a missing side is false for every comparator, {@code !=}
 * included; {@code not}, {@code and} and {@code or} are two-valued logic over those results.
 */
public final class ConditionEvaluator {
    private ConditionEvaluator() {
    }

    public static boolean holds(Condition condition, Valuation values) {
        if (condition instanceof Condition.Compare compare) {
            return compare(compare, values);
        }
        if (condition instanceof Condition.Not not) {
            return !holds(not.operand(), values);
        }
        if (condition instanceof Condition.All all) {
            for (Condition c : all.operands()) {
                if (!holds(c, values)) {
                    return false;
                }
            }
            return true;
        }
        if (condition instanceof Condition.Any any) {
            for (Condition c : any.operands()) {
                if (holds(c, values)) {
                    return true;
                }
            }
            return false;
        }
        return true; // Condition.Always
    }

    public static boolean compare(Condition.Compare compare, Valuation values) {
        return compare(value(compare.left(), values), compare.op(), value(compare.right(), values));
    }

    /** Compares two values of one type; false when either is missing. */
    public static boolean compare(Object left, Comparator op, Object right) {
        if (left == null || right == null) {
            return false;
        }
        int order;
        if (left instanceof String l && right instanceof String r) {
            order = l.compareTo(r);
        } else if (left instanceof Rational l && right instanceof Rational r) {
            order = l.compareTo(r);
        } else {
            throw new IllegalStateException("checker let through " + left + " " + op.symbol() + " " + right);
        }
        return op.test(order);
    }

    /** The value of one side: a String, a Rational, or null when missing. */
    public static Object value(Term term, Valuation values) {
        if (term instanceof Term.Field field) {
            return values.valueOf(field.operand());
        }
        return term instanceof Term.Text text ? text.value() : ((Term.Number) term).value();
    }
}
