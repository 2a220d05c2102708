package dev.presync.bench.engines;

import dev.presync.runtime.Action;
import dev.presync.runtime.RuleEvent;
import java.util.List;

/**
 * One engine loaded with one rule set. Events reach each engine in its own input form (a POJO, a
 * map, presync's RuleEvent), converted before timing, as an application would build that form
 * straight from the wire; only {@link #evaluate} is timed.
 */
public interface PreparedEngine {
    /** The event in this engine's input form. */
    Object input(RuleEvent event);

    /** Every rule that fires for the input, in source order, as presync's actions. */
    List<Action> evaluate(Object input);

    /** What the benchmark times: {@link #evaluate}, unless the engine has a cheaper way to give the same actions. */
    default Object run(Object input) {
        return evaluate(input);
    }
}
