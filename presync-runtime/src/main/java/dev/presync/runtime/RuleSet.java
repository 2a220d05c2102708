package dev.presync.runtime;

import java.util.List;

/**
 * A compiled or interpreted set of presence sync rules.
 *
 * <p>Implementations are immutable and safe to share between threads. Every active rule whose
 * event matches and whose condition holds fires, in source order, and gives one action.
 */
public interface RuleSet {

    /**
     * The actions of every rule that fires for {@code event}, in source order; an empty list
     * when none does. The list must not be modified.
     */
    List<Action> evaluate(RuleEvent event);
}
