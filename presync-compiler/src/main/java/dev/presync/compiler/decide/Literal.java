package dev.presync.compiler.decide;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Term;
import dev.presync.compiler.interp.ConditionEvaluator;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;

/**
 * One order constraint between two present values, what a comparison means once presence is
 * fixed: {@code not (a < b)} becomes {@code a >= b} because both sides have a value and values of
 * one type are totally ordered.
 */
record Literal(Term left, Comparator op, Term right) {

    /** The comparison with its truth value {@code holds}; a logout's SalesforceNewState becomes 'Offline'. */
    static Literal of(Condition.Compare compare, boolean holds, EventType event) {
        Comparator op = holds ? compare.op() : compare.op().negated();
        return new Literal(fixed(compare.left(), event), op, fixed(compare.right(), event));
    }

    private static Term fixed(Term term, EventType event) {
        return event == EventType.SALESFORCE_AGENT_LOGOUT && term instanceof Term.Field f
                && f.operand() == Operand.SALESFORCE_NEW_STATE ? new Term.Text(EventType.LOGOUT_STATE) : term;
    }

    /** The operand on the left, or null for a literal value. */
    Operand leftOperand() {
        return left instanceof Term.Field f ? f.operand() : null;
    }

    Operand rightOperand() {
        return right instanceof Term.Field f ? f.operand() : null;
    }

    /** Holds for these values of its operands (values of literal sides are taken from the literal). */
    boolean holds(Object leftValue, Object rightValue) {
        return ConditionEvaluator.compare(leftValue, op, rightValue);
    }

    /** A literal side's own value, or null for an operand side. */
    static Object constant(Term term) {
        if (term instanceof Term.Text t) {
            return t.value();
        }
        return term instanceof Term.Number n ? n.value() : null;
    }
}
