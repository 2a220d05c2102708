package dev.presync.compiler.checked;

import dev.presync.compiler.ast.Comparator;
import dev.presync.runtime.Operand;
import java.util.function.Function;

/**
 * The meaning of a checked condition, written once and plainly, beside the tree it gives meaning
 * to: the checker asks it what a condition does on a given event, and the interpreter (the oracle
 * the bytecode back end is tested against) evaluates with it. A comparison with a missing side is
 * false for every comparator, {@code !=} included; {@code not}, {@code and} and {@code or} are
 * two-valued logic over those results.
 */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * @param values each operand's value: a {@link String} for a text operand, a {@link Rational}
     *               for a number, or null when missing
     */
    public static boolean holds(Condition condition, Function<Operand, Object> values) {
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

    public static boolean compare(Condition.Compare compare, Function<Operand, Object> values) {
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
    public static Object value(Term term, Function<Operand, Object> values) {
        if (term instanceof Term.Field field) {
            return values.apply(field.operand());
        }
        return term instanceof Term.Text text ? text.value() : ((Term.Number) term).value();
    }
}
