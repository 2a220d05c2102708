package dev.presync.compiler.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.Condition;
import dev.presync.runtime.EventType;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decision procedure on the cases that motivated it, through the real compiler front end. */
class DeciderTest {
    private static final String ISSUE_9_ITEM_5 = "SalesforcePreviousWorkload > 0 and SalesforcePreviousWorkload "
            + "< SalesforceNewWorkload and SalesforceNewWorkload < SalesforceConfiguredCapacity";

    private final Decider decider = Decider.standard();

    @Test
    void theIssuesExampleFiresAndIsNotWarned() {
        Compilation c = compile("on SalesforceWorkloadChanged when " + ISSUE_9_ITEM_5 + " set Connect 'A'\n"
                + "on SalesforceWorkloadChanged when not (" + ISSUE_9_ITEM_5 + ") set Connect 'B'\n");
        assertEquals("", c.render());
        RuleSet rules = PresyncCompiler.interpret(c);
        assertEquals("A", rules.evaluate(RuleEvent.salesforceWorkloadChanged(1, 2, 3)).get(0).state());
        assertEquals("A", rules.evaluate(RuleEvent.salesforceWorkloadChanged(6, 7, 8)).get(0).state());
        assertEquals("B", rules.evaluate(RuleEvent.salesforceWorkloadChanged(0, 0, 0)).get(0).state());
        Decision d = decider.satisfiable(EventType.SALESFORCE_WORKLOAD_CHANGED, condition(c, 0));
        assertInstanceOf(Decision.Witness.class, d);
        Decision negation = decider.valid(EventType.SALESFORCE_WORKLOAD_CHANGED, condition(c, 1));
        assertInstanceOf(Decision.Witness.class, negation, "the negation is not always true");
    }

    @Test
    void aContradictionNamesOnlyTheComparisonsThatClash() {
        Compilation c = compile("on ConnectAgentStateChange when ConnectOldState == 'x' and ConnectNewState == 'Lunch' "
                + "and ConnectNewState == 'Break' set Salesforce 'A'\n");
        Decision d = decider.satisfiable(EventType.CONNECT_AGENT_STATE_CHANGE, condition(c, 0));
        assertEquals("[ConnectNewState == 'Lunch', ConnectNewState == 'Break']",
                ((Decision.Contradiction) d).comparisons().toString());
    }

    @Test
    void missingValuesMakeANegatedComparisonHold() {
        Compilation c = compile("on ConnectAgentStateChange when not (ConnectOldState == 'a') "
                + "and not (ConnectOldState != 'a') set Salesforce 'A'\n");
        Decision d = decider.satisfiable(EventType.CONNECT_AGENT_STATE_CHANGE, condition(c, 0));
        RuleEvent witness = ((Decision.Witness) d).event();
        assertTrue(witness.toString().contains("ConnectOldState=missing"), witness::toString);
    }

    @Test
    void pctAgainstPctIsExactAndGetsARealEvent() {
        Compilation c = compile("on SalesforceWorkloadChanged when SalesforceNewWorkloadPct > SalesforcePreviousWorkloadPct "
                + "and SalesforceNewWorkloadPct < 33.34 and SalesforcePreviousWorkloadPct > 33.33 set Connect 'A'\n");
        Decision d = decider.satisfiable(EventType.SALESFORCE_WORKLOAD_CHANGED, condition(c, 0));
        RuleEvent e = ((Decision.Witness) d).event();
        assertTrue(e.configuredCapacity() > 0 && e.newWorkload() > e.previousWorkload(), e::toString);
    }

    @Test
    void pctNeedsAPositiveCapacity() {
        Compilation c = compile("on SalesforceWorkloadChanged when SalesforceNewWorkloadPct >= 0 "
                + "and SalesforceConfiguredCapacity == 0 set Connect 'A'\n");
        assertTrue(decider.satisfiable(EventType.SALESFORCE_WORKLOAD_CHANGED, condition(c, 0)).isContradiction());
    }

    @Test
    void aHugeConditionIsUndecidedRatherThanSlow() {
        StringBuilder text = new StringBuilder("on ConnectAgentStateChange when ");
        for (int i = 0; i < 20_000; i++) {
            text.append(i == 0 ? "" : " or ").append("ConnectNewState == 's").append(i)
                    .append("' and ConnectOldState != 'o").append(i).append('\'');
        }
        Compilation c = compile(text.append(" set Salesforce 'A'\n").toString());
        Decision d = decider.valid(EventType.CONNECT_AGENT_STATE_CHANGE, condition(c, 0));
        assertFalse(d.isContradiction());
    }

    private static Compilation compile(String text) {
        Compilation c = PresyncCompiler.compile("t.rules", text);
        assertFalse(c.hasErrors(), c::render);
        return c;
    }

    private static Condition condition(Compilation c, int rule) {
        List<CheckedRule> rules = c.ruleSet().rules();
        return rules.get(rule).condition();
    }
}
