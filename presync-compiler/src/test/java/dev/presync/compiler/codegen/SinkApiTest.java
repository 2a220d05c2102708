package dev.presync.compiler.codegen;

import static dev.presync.compiler.codegen.Rules.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.interp.Interpreter;
import dev.presync.runtime.Action;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sink API of compiled rule sets keeps multi-fire positions in a per-thread scratch array.
 * These tests pin what that must survive: a sink that evaluates again on the same thread, a sink
 * that throws, and event types of different sizes sharing the scratch.
 */
class SinkApiTest {
    /** Rules 0..n-1 all fire on 'Lunch', found through two streams so they arrive out of order. */
    private static CheckedRuleSet multiFire(int n) {
        Rules rules = new Rules();
        for (int i = 0; i < n; i++) {
            rules.add(EventType.CONNECT_AGENT_STATE_CHANGE, i % 2 == 0 ? eq(Operand.CONNECT_NEW_STATE, "Lunch")
                    : any(eq(Operand.CONNECT_OLD_STATE, "x" + i), not(eq(Operand.CONNECT_NEW_STATE, "Busy"))), "S" + i);
        }
        rules.add(EventType.SALESFORCE_AGENT_STATE_CHANGE, always(), "A");
        rules.add(EventType.SALESFORCE_AGENT_STATE_CHANGE, always(), "B");
        return rules.build();
    }

    @Test
    void aSinkThatEvaluatesAgainOnTheSameThreadSeesBothAnswersWhole() {
        CheckedRuleSet rules = multiFire(9);
        RuleSet compiled = Compiled.load(rules);
        Interpreter oracle = new Interpreter(rules);
        RuleEvent outer = RuleEvent.connectAgentStateChange("Lunch", "y");
        RuleEvent inner = RuleEvent.salesforceAgentStateChange("Busy");
        List<Action> outerSeen = new ArrayList<>();
        List<List<Action>> innerSeen = new ArrayList<>();
        compiled.evaluate(outer, action -> {
            outerSeen.add(action);
            innerSeen.add(Compiled.viaSink(compiled, inner));
            innerSeen.add(compiled.evaluate(outer));
        });
        assertEquals(oracle.evaluate(outer), outerSeen);
        for (int i = 0; i < innerSeen.size(); i += 2) {
            assertEquals(oracle.evaluate(inner), innerSeen.get(i));
            assertEquals(oracle.evaluate(outer), innerSeen.get(i + 1));
        }
    }

    @Test
    void aThrowingSinkLeavesTheRuleSetUsable() {
        CheckedRuleSet rules = multiFire(5);
        RuleSet compiled = Compiled.load(rules);
        RuleEvent event = RuleEvent.connectAgentStateChange("Lunch", "y");
        assertThrows(IllegalStateException.class, () -> compiled.evaluate(event, a -> {
            throw new IllegalStateException("sink failed");
        }));
        assertEquals(new Interpreter(rules).evaluate(event), Compiled.viaSink(compiled, event));
    }

    @Test
    void aSmallTypeThenALargeTypeShareTheScratchSafely() {
        CheckedRuleSet rules = multiFire(300);
        RuleSet compiled = Compiled.load(rules);
        Interpreter oracle = new Interpreter(rules);
        for (RuleEvent e : List.of(RuleEvent.salesforceAgentStateChange("Busy"),
                RuleEvent.connectAgentStateChange("Lunch", "y"), RuleEvent.salesforceAgentStateChange("Busy"))) {
            assertEquals(oracle.evaluate(e), Compiled.viaSink(compiled, e));
            assertEquals(oracle.evaluate(e), compiled.evaluate(e));
        }
    }
}
