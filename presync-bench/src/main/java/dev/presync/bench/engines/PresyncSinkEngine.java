package dev.presync.bench.engines;

import dev.presync.runtime.Action;
import dev.presync.runtime.ActionSink;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.ArrayList;
import java.util.List;

/**
 * presync's allocation-free API, {@code evaluate(RuleEvent, ActionSink)}, as the sync engine and
 * the CLI use it: the timed call hands each action to a sink that keeps the last one (so the work
 * cannot be optimised away) and returns it. The equivalence check collects the sink's actions.
 */
final class PresyncSinkEngine implements PreparedEngine, ActionSink {
    private final RuleSet rules;
    private Action last;

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
    public Object run(Object input) {
        last = null;
        rules.evaluate((RuleEvent) input, this);
        return last;
    }

    @Override
    public void accept(Action action) {
        last = action;
    }
}
