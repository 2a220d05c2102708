package dev.presync.compiler.codegen;

import static dev.presync.compiler.codegen.Rules.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.interp.Interpreter;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JVM limits: 64 KB per method and 65,535 constant pool entries per class must never reach a user. */
class ScaleTest {
    @Test
    void twentyThousandRulesWithDistinctStringsCompileLoadAndAgree() {
        CheckedRuleSet rules = bigRuleSet(20_000);
        RuleSet compiled = Compiled.load(rules);
        Interpreter oracle = new Interpreter(rules);
        List<RuleEvent> events = new ArrayList<>();
        for (int i = 0; i < 20_000; i += 397) {
            events.add(RuleEvent.connectAgentStateChange("state-" + i, "old-" + i));
            events.add(RuleEvent.connectAgentStateChange("state-" + i, "other"));
            events.add(RuleEvent.salesforceWorkloadChanged(i % 7, i, 20_000));
            events.add(RuleEvent.salesforceAgentStateChange("status-" + i));
        }
        events.add(RuleEvent.connectAgentStateChange("nothing", null));
        int fired = 0;
        for (RuleEvent e : events) {
            List<?> expected = oracle.evaluate(e);
            assertEquals(expected, compiled.evaluate(e), () -> "event " + e);
            fired += expected.size();
        }
        assertTrue(fired > events.size(), "the sample should make rules fire, fired " + fired);
    }

    @Test
    void hugeConditionsAreSplitAcrossMethods() {
        List<Condition> alternatives = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            alternatives.add(all(eq(Operand.CONNECT_NEW_STATE, "s" + i),
                    not(cmp(field(Operand.CONNECT_OLD_STATE), Comparator.GE, text("t" + i)))));
        }
        Condition giant = new Condition.Any(alternatives);
        Condition deep = giant;
        for (int d = 0; d < 50; d++) {
            deep = d % 2 == 0 ? all(deep, always()) : any(not(deep), eq(Operand.CONNECT_OLD_STATE, "x" + d));
        }
        CheckedRuleSet rules = new Rules()
                .add(EventType.CONNECT_AGENT_STATE_CHANGE, giant, "Giant")
                .add(EventType.CONNECT_AGENT_STATE_CHANGE, deep, "Deep")
                .add(EventType.CONNECT_AGENT_STATE_CHANGE, not(giant), "NotGiant")
                .build();
        RuleSet compiled = Compiled.load(rules);
        for (String s : List.of("s0", "s2500", "s4999", "s5000")) {
            for (String old : List.of("a", "t2500", "u", "x3")) {
                Compiled.assertAgrees(rules, compiled, RuleEvent.connectAgentStateChange(s, old));
            }
        }
    }

    /** Mapping rules with distinct literals, states and labels; Pct bands; unkeyed rules; a workload ray per 50. */
    static CheckedRuleSet bigRuleSet(int count) {
        Rules rules = new Rules();
        for (int i = 0; i < count; i++) {
            switch (i % 4) {
                case 0, 1 -> rules.add(EventType.CONNECT_AGENT_STATE_CHANGE,
                        all(eq(Operand.CONNECT_NEW_STATE, "state-" + i),
                                cmp(field(Operand.CONNECT_OLD_STATE), Comparator.NE, text("old-" + i))),
                        "Target-" + i);
                case 2 -> rules.add(EventType.SALESFORCE_WORKLOAD_CHANGED, i % 50 == 2
                        ? cmp(Operand.SALESFORCE_NEW_WORKLOAD, Comparator.GT, Integer.toString(i))
                        : all(cmp(Operand.SALESFORCE_NEW_WORKLOAD_PCT, Comparator.GE, (i / 200.0) + ""),
                                cmp(Operand.SALESFORCE_NEW_WORKLOAD_PCT, Comparator.LT, ((i + 4) / 200.0) + "")),
                        "Load-" + i);
                default -> rules.add(i % 8 == 3, EventType.SALESFORCE_AGENT_STATE_CHANGE,
                        any(eq(Operand.SALESFORCE_NEW_STATE, "status-" + i),
                                cmp(field(Operand.SALESFORCE_NEW_STATE), Comparator.LT, text("status-1"))),
                        "Mirror-" + i);
            }
        }
        return rules.build();
    }
}
