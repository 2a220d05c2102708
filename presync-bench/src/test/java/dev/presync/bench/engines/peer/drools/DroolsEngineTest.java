package dev.presync.bench.engines.peer.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.Engine;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.runtime.Action;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Drools translation on the cases the benchmark's events may not reach: the same equality
 * written both ways round among enough rules for Drools to hash them, an {@code or} of equalities
 * split into indexed patterns, missing values, and Pct boundaries that a double would get wrong.
 * presync's interpreter is the oracle; each case also pins that something fires, so an engine
 * that fires nothing cannot pass.
 */
class DroolsEngineTest {
    private static final String STATUSES = """
            status Salesforce 'S1' busy
            status Salesforce 'S2' busy
            status Salesforce 'S3' busy
            status Salesforce 'S4' busy
            status Connect 'C1'
            status Connect 'C2'
            status Connect 'C3'
            """;

    @Test
    void anEqualityWrittenEitherWayRoundIsOneHashedNodeAndEveryRuleOnItFires() {
        String rules = STATUSES + """
                rule one on ConnectAgentStateChange when ConnectNewState == 'A' set Salesforce 'S1'
                rule two on ConnectAgentStateChange when 'A' == ConnectNewState and ConnectOldState != 'B' set Salesforce 'S2'
                rule three on ConnectAgentStateChange when ConnectNewState == 'C' set Salesforce 'S3'
                rule four on ConnectAgentStateChange when ConnectNewState == 'D' or ConnectNewState == 'A' set Salesforce 'S4'
                rule five on ConnectAgentStateChange when ConnectOldState == 'A' set Salesforce 'S1'
                rule six on ConnectAgentStateChange when ConnectOldState == 'B' set Salesforce 'S2'
                rule seven on ConnectAgentStateChange when ConnectOldState == 'X' set Salesforce 'S3'
                """;
        List<Action> fired = agree(rules, RuleEvent.connectAgentStateChange("A", "X"),
                RuleEvent.connectAgentStateChange("A", "B"), RuleEvent.connectAgentStateChange("D", "A"),
                RuleEvent.connectAgentStateChange("C", null), RuleEvent.connectAgentStateChange(null, "B"));
        assertEquals(List.of("one", "two", "four", "seven"), fired.stream().map(Action::rule).toList());
    }

    @Test
    void missingValuesMakeEveryComparisonFalseAndPctIsExact() {
        String rules = STATUSES + """
                rule ne on SalesforceWorkloadChanged when SalesforcePreviousWorkload != 5 set Connect 'C1'
                rule third on SalesforceWorkloadChanged when SalesforceNewWorkloadPct == 33.33 set Connect 'C2'
                rule above on SalesforceWorkloadChanged when SalesforceNewWorkloadPct > 33.33 and SalesforceNewWorkloadPct < 33.34 set Connect 'C3'
                rule pctNe on SalesforceWorkloadChanged when SalesforceNewWorkloadPct != 50 set Connect 'C1'
                """;
        RuleEvent noPrevious = RuleEvent.builder(EventType.SALESFORCE_WORKLOAD_CHANGED)
                .number(Operand.SALESFORCE_NEW_WORKLOAD, 1).number(Operand.SALESFORCE_CONFIGURED_CAPACITY, 3).build();
        RuleEvent noCapacity = RuleEvent.salesforceWorkloadChanged(5, 1, 0);
        List<Action> fired = agree(rules, noPrevious, noCapacity);
        assertEquals(List.of("above", "pctNe"), fired.stream().map(Action::rule).toList());
    }

    /** Checks Drools against the interpreter on each event and returns the first event's actions. */
    private static List<Action> agree(String text, RuleEvent... events) {
        Compilation c = PresyncCompiler.compile("drools-test.rules", text);
        assertFalse(c.hasErrors(), c::render);
        RuleSet oracle = PresyncCompiler.load(c, Engine.INTERPRETED);
        DroolsEngine drools = DroolsEngine.prepare(c.ruleSet());
        for (RuleEvent e : events) {
            assertEquals(oracle.evaluate(e), drools.evaluate(drools.input(e)), e.toString());
        }
        return drools.evaluate(drools.input(events[0]));
    }
}
