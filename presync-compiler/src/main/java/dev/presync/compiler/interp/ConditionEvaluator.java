package dev.presync.compiler.interp;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Evaluation;
import dev.presync.compiler.checked.Term;

/**
 * The interpreter's view of a condition's meaning, over a {@link Valuation}: the oracle the
 * bytecode back end is tested against. The meaning itself is written once, in
 * {@link Evaluation}, beside the checked tree, so that the checker can ask it too without
 * reaching into the interpreter.
 */
public final class ConditionEvaluator {
    private ConditionEvaluator() {
    }

    public static boolean holds(Condition condition, Valuation values) {
        return Evaluation.holds(condition, values::valueOf);
    }

    public static boolean compare(Condition.Compare compare, Valuation values) {
        return Evaluation.compare(compare, values::valueOf);
    }

    /** Compares two values of one type; false when either is missing. */
    public static boolean compare(Object left, Comparator op, Object right) {
        return Evaluation.compare(left, op, right);
    }

    /** The value of one side: a String, a Rational, or null when missing. */
    public static Object value(Term term, Valuation values) {
        return Evaluation.value(term, values::valueOf);
    }
}
