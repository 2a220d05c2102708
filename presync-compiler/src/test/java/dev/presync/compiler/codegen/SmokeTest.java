package dev.presync.compiler.codegen;

import static dev.presync.compiler.codegen.Rules.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void compiledAgreesOnAHandfulOfRules() {
        CheckedRuleSet rules = new Rules()
                .add(EventType.CONNECT_AGENT_STATE_CHANGE, eq(Operand.CONNECT_NEW_STATE, "Busy"), "Busy")
                .add(EventType.CONNECT_AGENT_STATE_CHANGE, all(eq(Operand.CONNECT_NEW_STATE, "Available"),
                        not(eq(Operand.CONNECT_OLD_STATE, "Busy"))), "Available")
                .add(EventType.SALESFORCE_WORKLOAD_CHANGED,
                        cmp(Operand.SALESFORCE_NEW_WORKLOAD_PCT, Comparator.GE, "33.33"), "Full")
                .add(EventType.SALESFORCE_WORKLOAD_CHANGED, cmp(field(Operand.SALESFORCE_NEW_WORKLOAD_PCT),
                        Comparator.GT, field(Operand.SALESFORCE_PREVIOUS_WORKLOAD_PCT)), "Up")
                .add(EventType.SALESFORCE_AGENT_LOGOUT, always(), "Offline")
                .build();
        RuleSet compiled = Compiled.load(rules);
        List<RuleEvent> events = List.of(
                RuleEvent.connectAgentStateChange("Busy", "Available"),
                RuleEvent.connectAgentStateChange("Available", "Busy"),
                RuleEvent.connectAgentStateChange("Available", null),
                RuleEvent.salesforceWorkloadChanged(1, 1, 3),
                RuleEvent.salesforceWorkloadChanged(0, 1, 3),
                RuleEvent.salesforceWorkloadChanged(0, 1, 0),
                RuleEvent.salesforceAgentLogout(),
                RuleEvent.salesforceWorkAccepted("x"));
        for (RuleEvent e : events) {
            Compiled.assertAgrees(rules, compiled, e);
        }
        assertEquals(2, compiled.evaluate(RuleEvent.salesforceWorkloadChanged(0, 1, 3)).size());
        assertSame(List.of(), compiled.evaluate(RuleEvent.salesforceWorkAccepted("x")));
    }
}
