package dev.presync.bench.engines;

import dev.presync.runtime.Action;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.List;

/** presync (compiled or interpreted), and anything else that implements its RuleSet: the input is the RuleEvent itself. */
final class PresyncEngine implements PreparedEngine {
    private final RuleSet rules;

    PresyncEngine(RuleSet rules) {
        this.rules = rules;
    }

    @Override
    public Object input(RuleEvent event) {
        return event;
    }

    @Override
    public List<Action> evaluate(Object input) {
        return rules.evaluate((RuleEvent) input);
    }
}
