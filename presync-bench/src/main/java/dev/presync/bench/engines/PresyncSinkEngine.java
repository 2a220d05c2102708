package dev.presync.bench.engines;

import dev.presync.runtime.Action;
import dev.presync.runtime.ActionSink;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.infra.Blackhole;

/**
 * presync's allocation-free API, {@code evaluate(RuleEvent, ActionSink)}, as the sync engine and
 * the CLI use it: the timed call hands each action to JMH's Blackhole, as the other engines hand
 * it their list. The equivalence check collects the actions.
 *
 * <p>The sink is made once per trial ({@link #handTo}) and does nothing per action but hand it
 * over. An earlier version kept the last action in a field and returned it: two reference stores
 * per event, each with G1's write barrier, which no other engine pays. The count the call returns
 * is not handed over either: the actions already depend on every test the rules made.
 */
final class PresyncSinkEngine implements PreparedEngine {
    private final RuleSet rules;
    private BlackholeSink sink;

    PresyncSinkEngine(RuleSet rules) {
        this.rules = rules;
    }

    @Override
    public Object input(RuleEvent event) {
        return event;
    }

    @Override
    public List<Action> evaluate(Object input) {
        List<Action> actions = new ArrayList<>();
        rules.evaluate((RuleEvent) input, actions::add);
        return actions;
    }

    @Override
    public void handTo(Blackhole bh) {
        sink = new BlackholeSink(bh);
    }

    /**
     * Hands the actions to the Blackhole of {@link #handTo}, which may be another instance than
     * {@code bh}; any Blackhole keeps what it consumes observable.
     */
    @Override
    public void run(Object input, Blackhole bh) {
        rules.evaluate((RuleEvent) input, sink);
    }

    /** Hands every action to the Blackhole. */
    private record BlackholeSink(Blackhole bh) implements ActionSink {
        @Override
        public void accept(Action action) {
            bh.consume(action);
        }
    }
}
