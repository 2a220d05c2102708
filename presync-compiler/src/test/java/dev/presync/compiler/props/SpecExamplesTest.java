package dev.presync.compiler.props;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.compiler.ast.Comparator;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import org.junit.jupiter.api.Test;

/** The examples the issue spells out, each as a rule that fires or does not. */
class SpecExamplesTest {
    private static final String EVENT = "SalesforceWorkloadChanged";

    @Test
    void oneOfCapacityThreeIsStrictlyBetween3333And3334() {
        RuleEvent oneOfThree = RuleEvent.salesforceWorkloadChanged(0, 1, 3);
        assertTrue(OneRule.when(EVENT, "SalesforceNewWorkloadPct > 33.33").fires(oneOfThree));
        assertTrue(OneRule.when(EVENT, "SalesforceNewWorkloadPct < 33.34").fires(oneOfThree));
        assertFalse(OneRule.when(EVENT, "SalesforceNewWorkloadPct == 33.33").fires(oneOfThree));
        assertTrue(OneRule.when(EVENT, "SalesforceNewWorkloadPct != 33.33").fires(oneOfThree));
        assertFalse(OneRule.when(EVENT, "SalesforceNewWorkloadPct == 33.333333333333").fires(oneOfThree));
    }

    @Test
    void capacityZeroMakesEveryPctComparisonFalse() {
        RuleEvent zero = RuleEvent.salesforceWorkloadChanged(1, 2, 0);
        for (Comparator op : Comparator.values()) {
            for (String pct : new String[] {"SalesforceNewWorkloadPct", "SalesforcePreviousWorkloadPct"}) {
                for (String literal : new String[] {"0", "50", "100", "1000000"}) {
                    assertFalse(OneRule.when(EVENT, pct + " " + op.symbol() + " " + literal).fires(zero),
                            pct + " " + op.symbol() + " " + literal);
                }
            }
        }
    }

    @Test
    void negationOverAMissingValueIsTrue() {
        RuleEvent zero = RuleEvent.salesforceWorkloadChanged(1, 2, 0);
        assertTrue(OneRule.when(EVENT, "not SalesforceNewWorkloadPct == 50").fires(zero));
        assertTrue(OneRule.when(EVENT, "not SalesforceNewWorkloadPct != 50").fires(zero));
    }

    @Test
    void twoEqualsTwoPointZero() {
        RuleEvent two = RuleEvent.salesforceWorkloadChanged(0, 2, 4);
        assertTrue(OneRule.when(EVENT, "SalesforceNewWorkload == 2.0").fires(two));
        assertTrue(OneRule.when(EVENT, "SalesforceNewWorkload == 2.000").fires(two));
        assertFalse(OneRule.when(EVENT, "SalesforceNewWorkload != 2.0").fires(two));
        assertTrue(OneRule.when(EVENT, "SalesforceNewWorkloadPct == 50.0").fires(two));
    }

    @Test
    void aMissingWorkloadIsFalseForEveryComparator() {
        RuleEvent noWorkload = RuleEvent.builder(EventType.SALESFORCE_WORKLOAD_CHANGED)
                .number(Operand.SALESFORCE_CONFIGURED_CAPACITY, 4).build();
        for (Comparator op : Comparator.values()) {
            assertFalse(OneRule.when(EVENT, "SalesforceNewWorkload " + op.symbol() + " 2").fires(noWorkload));
            assertFalse(OneRule.when(EVENT, "SalesforceNewWorkloadPct " + op.symbol() + " 2").fires(noWorkload));
        }
    }

    @Test
    void aMissingStringIsFalseForEveryComparatorNotEqualIncluded() {
        RuleEvent noOldState = RuleEvent.connectAgentStateChange("Lunch", null);
        for (Comparator op : Comparator.values()) {
            assertFalse(OneRule.when("ConnectAgentStateChange", "ConnectOldState " + op.symbol() + " 'Lunch'")
                    .fires(noOldState), op.symbol());
        }
    }

    @Test
    void stringsCompareExactlyAndCaseSensitively() {
        OneRule lunch = OneRule.when("ConnectAgentStateChange", "ConnectNewState == 'Lunch'");
        assertTrue(lunch.fires(RuleEvent.connectAgentStateChange("Lunch", "Available")));
        assertFalse(lunch.fires(RuleEvent.connectAgentStateChange("lunch", "Available")));
        assertFalse(lunch.fires(RuleEvent.connectAgentStateChange("Lunch ", "Available")));
    }
}
