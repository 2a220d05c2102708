package dev.presync.bench.engines;

import dev.presync.runtime.Action;
import dev.presync.runtime.RuleEvent;
import java.util.List;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One engine loaded with one rule set. Events reach each engine in its own input form (a POJO, a
 * map, presync's RuleEvent), converted before timing, as an application would build that form
 * straight from the wire; only {@link #run} is timed.
 */
public interface PreparedEngine {
    /** The event in this engine's input form. */
    Object input(RuleEvent event);

    /** Every rule that fires for the input, in source order, as presync's actions. */
    List<Action> evaluate(Object input);

    /**
     * What the benchmark times: hands the input's actions to {@code bh}. By default the list
     * {@link #evaluate} returns; an engine with a cheaper way to give the same actions overrides it.
     */
    default void run(Object input, Blackhole bh) {
        bh.consume(evaluate(input));
    }

    /** Called once before any {@link #run}, with the Blackhole of the trial, for an engine that hands its actions over as it goes. */
    default void handTo(Blackhole bh) {
    }
}
