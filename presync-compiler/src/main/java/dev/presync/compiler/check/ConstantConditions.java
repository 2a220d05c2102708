package dev.presync.compiler.check;

import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.decide.Decider;
import dev.presync.runtime.EventType;

/**
 * Finds conditions whose value never depends on the event, by asking the decision procedure
 * whether the condition, and its negation, can hold on some event of the rule's type. A verdict
 * is a proof, so the warning is never wrong; a condition the procedure cannot decide is not warned.
 */
final class ConstantConditions {
    enum Verdict { ALWAYS_TRUE, NEVER_TRUE, VARIES }

    private ConstantConditions() {
    }

    static Verdict analyse(EventType event, Condition condition) {
        Decider decider = Decider.standard();
        if (decider.satisfiable(event, condition).isContradiction()) {
            return Verdict.NEVER_TRUE;
        }
        if (decider.valid(event, condition).isContradiction()) {
            return Verdict.ALWAYS_TRUE;
        }
        return Verdict.VARIES;
    }
}
