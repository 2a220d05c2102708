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

    /**
     * Gives the actions of every rule that fires for {@code event} to {@code sink}, in source order,
     * and returns how many there were. The same actions as {@link #evaluate(RuleEvent)}, without
     * the list: a compiled rule set allocates nothing here, even when several rules fire. The sink
     * may itself evaluate events, on this rule set or another.
     *
     * <p>The default delegates to {@link #evaluate(RuleEvent)}; both of presync's engines override it.
     */
    default int evaluate(RuleEvent event, ActionSink sink) {
        List<Action> actions = evaluate(event);
        int count = actions.size();
        for (int i = 0; i < count; i++) {
            sink.accept(actions.get(i));
        }
        return count;
    }
}
