package dev.presync.compiler.decide;

import dev.presync.compiler.checked.Condition;
import dev.presync.runtime.RuleEvent;
import java.util.List;

/**
 * What the decision procedure found about a condition: an event on which it holds, a proof that
 * no event makes it hold, or (only where Pct values meet the raw workloads or capacity they are
 * derived from) an honest "not decided". Callers report a finding only on the first two, so a
 * finding is never wrong.
 */
public sealed interface Decision {

    /** The condition holds on {@code event}, a real event checked through the interpreter. */
    record Witness(RuleEvent event) implements Decision {
    }

    /**
     * No event of the type makes the condition hold. {@code comparisons} are the parts of the
     * condition that already contradict each other (the whole condition when it is not an
     * {@code and}).
     */
    record Contradiction(List<Condition> comparisons) implements Decision {
        public Contradiction {
            comparisons = List.copyOf(comparisons);
        }
    }

    /** Not decided: {@code reason} says why (Pct coupled with raw workloads, or too large to search). */
    record Undecided(String reason) implements Decision {
    }

    default boolean isWitness() {
        return this instanceof Witness;
    }

    default boolean isContradiction() {
        return this instanceof Contradiction;
    }
}
