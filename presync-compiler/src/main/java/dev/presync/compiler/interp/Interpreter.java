package dev.presync.compiler.interp;

import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.runtime.Action;
import dev.presync.runtime.ActionSink;
import dev.presync.runtime.EventType;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The reference interpreter: walks the checked tree of each active rule for the event's type, in
 * source order. Clarity beats speed here; the compiled back end is the fast one.
 */
public final class Interpreter implements RuleSet {
    private final Map<EventType, List<CheckedRule>> rulesByEvent = new EnumMap<>(EventType.class);

    public Interpreter(CheckedRuleSet ruleSet) {
        for (EventType type : EventType.values()) {
            rulesByEvent.put(type, List.of());
        }
        Map<EventType, List<CheckedRule>> grouped = new EnumMap<>(EventType.class);
        for (CheckedRule rule : ruleSet.activeRules()) {
            grouped.computeIfAbsent(rule.event(), t -> new ArrayList<>()).add(rule);
        }
        grouped.forEach((type, rules) -> rulesByEvent.put(type, List.copyOf(rules)));
    }

    @Override
    public List<Action> evaluate(RuleEvent event) {
        Valuation values = new EventValuation(event);
        List<Action> actions = new ArrayList<>();
        for (CheckedRule rule : rulesByEvent.get(event.type())) {
            if (ConditionEvaluator.holds(rule.condition(), values)) {
                actions.add(rule.action());
            }
        }
        return List.copyOf(actions);
    }

    /** The same walk as {@link #evaluate(RuleEvent)}, handing each action over as its rule fires. */
    @Override
    public int evaluate(RuleEvent event, ActionSink sink) {
        Valuation values = new EventValuation(event);
        int count = 0;
        for (CheckedRule rule : rulesByEvent.get(event.type())) {
            if (ConditionEvaluator.holds(rule.condition(), values)) {
                sink.accept(rule.action());
                count++;
            }
        }
        return count;
    }
}
