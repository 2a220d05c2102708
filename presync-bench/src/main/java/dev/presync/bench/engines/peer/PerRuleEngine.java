package dev.presync.bench.engines.peer;

import dev.presync.bench.engines.PreparedEngine;
import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.runtime.Action;
import dev.presync.runtime.EventType;
import dev.presync.runtime.RuleEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How a peer engine runs presync's rules: one compiled expression per rule, evaluated in source
 * order over the rules of the event's type (the grouping by type is free: it is the rule's
 * "Source" field, not part of the condition). This is the form each engine's documentation
 * shows; none of them indexes across expressions.
 */
public final class PerRuleEngine implements PreparedEngine {
    /** One compiled rule condition. */
    @FunctionalInterface
    public interface Test {
        boolean holds(Object input);
    }

    /** Compiles one rule's condition, written in the engine's language, into a test. */
    @FunctionalInterface
    public interface Compiler {
        Test compile(CheckedRule rule, String expression);
    }

    /** An event of a type, in the engine's input form. */
    record Input(int type, Object value) {
    }

    private final Test[][] tests;
    private final Action[][] actions;
    private final Function<PeerEvent, Object> inputForm;

    /**
     * @param compile   turns one condition expression (in {@code dialect}) into a test
     * @param inputForm what a test receives: the bean, or its map
     */
    public PerRuleEngine(CheckedRuleSet rules, Dialect dialect, Compiler compile,
                         Function<PeerEvent, Object> inputForm) {
        ExpressionWriter writer = new ExpressionWriter(dialect);
        int types = EventType.values().length;
        tests = new Test[types][];
        actions = new Action[types][];
        for (EventType type : EventType.values()) {
            List<Test> t = new ArrayList<>();
            List<Action> a = new ArrayList<>();
            for (CheckedRule rule : rules.activeRules()) {
                if (rule.event() == type) {
                    t.add(compile.compile(rule, writer.write(rule.condition())));
                    a.add(rule.action());
                }
            }
            tests[type.ordinal()] = t.toArray(Test[]::new);
            actions[type.ordinal()] = a.toArray(Action[]::new);
        }
        this.inputForm = inputForm;
    }

    @Override
    public Object input(RuleEvent event) {
        return new Input(event.type().ordinal(), inputForm.apply(new PeerEvent(event)));
    }

    @Override
    public List<Action> evaluate(Object input) {
        Input in = (Input) input;
        Test[] t = tests[in.type()];
        Action[] a = actions[in.type()];
        Object value = in.value();
        List<Action> out = null;
        for (int i = 0; i < t.length; i++) {
            if (t[i].holds(value)) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(a[i]);
            }
        }
        return out == null ? List.of() : out;
    }
}
