package dev.presync.compiler.codegen;

import static dev.presync.compiler.codegen.Rules.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.interp.Interpreter;
import dev.presync.runtime.Action;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A straight-line scan returns as soon as a rule that {@link Exclusion} calls exclusive fires, so
 * a wrong proof would drop actions. Brute force is the oracle: whenever the interpreter fires two
 * rules for one event, the two must not have been proved exclusive.
 */
class ExclusionPropertyTest {
    @Test
    void rulesProvedExclusiveNeverFireTogether() {
        qt().withExamples(1000).forAll(RuleSetGen.ruleSets(30), EventGen.eventLists(60))
                .checkAssert(ExclusionPropertyTest::neverTogether);
    }

    private static void neverTogether(CheckedRuleSet rules, List<RuleEvent> events) {
        Map<EventType, List<CheckedRule>> byType = new EnumMap<>(EventType.class);
        for (CheckedRule r : rules.activeRules()) {
            byType.computeIfAbsent(r.event(), t -> new ArrayList<>()).add(r);
        }
        Map<EventType, Exclusion> proofs = new EnumMap<>(EventType.class);
        byType.forEach((type, list) -> proofs.put(type,
                new Exclusion(list.stream().map(r -> EventFacts.fold(r.condition(), type)).toList(), type)));
        Interpreter oracle = new Interpreter(rules);
        for (RuleEvent e : events) {
            List<Action> fired = oracle.evaluate(e);
            List<CheckedRule> ofType = byType.getOrDefault(e.type(), List.of());
            Map<String, Integer> position = new HashMap<>();
            for (int p = 0; p < ofType.size(); p++) {
                position.put(ofType.get(p).label(), p);
            }
            for (int i = 0; i < fired.size(); i++) {
                for (int j = i + 1; j < fired.size(); j++) {
                    int a = position.get(fired.get(i).rule());
                    int b = position.get(fired.get(j).rule());
                    assertFalse(proofs.get(e.type()).exclusive(a, b),
                            () -> "proved exclusive but both fired on " + e + ": " + ofType.get(a) + " / " + ofType.get(b));
                }
            }
        }
    }

    @Test
    void disjointLiteralsAndDisjointIntervalsAreProved() {
        CheckedRuleSet rules = new Rules()
                .add(EventType.SALESFORCE_WORKLOAD_CHANGED, cmp(Operand.SALESFORCE_NEW_WORKLOAD_PCT, Comparator.GE, "100"), "full")
                .add(EventType.SALESFORCE_WORKLOAD_CHANGED, all(cmp(Operand.SALESFORCE_NEW_WORKLOAD_PCT, Comparator.GT, "66.66"),
                        cmp(Operand.SALESFORCE_NEW_WORKLOAD_PCT, Comparator.LT, "100")), "nearly")
                .add(EventType.SALESFORCE_WORKLOAD_CHANGED, cmp(Operand.SALESFORCE_NEW_WORKLOAD_PCT, Comparator.LE, "66.66"), "low")
                .add(EventType.SALESFORCE_WORKLOAD_CHANGED, cmp(Operand.SALESFORCE_NEW_WORKLOAD_PCT, Comparator.GE, "66.66"), "edge")
                .build();
        Exclusion x = new Exclusion(rules.activeRules().stream().map(CheckedRule::condition).toList(),
                EventType.SALESFORCE_WORKLOAD_CHANGED);
        assertTrue(x.exclusive(0, 1), ">= 100 against < 100");
        assertTrue(x.exclusive(1, 2), "> 66.66 against <= 66.66");
        assertFalse(x.exclusive(2, 3), "<= 66.66 and >= 66.66 share 66.66");
        assertTrue(x.exclusiveWithAll(0, 3));

        CheckedRuleSet text = new Rules()
                .add(EventType.CONNECT_AGENT_STATE_CHANGE, any(eq(Operand.CONNECT_NEW_STATE, "Training"),
                        eq(Operand.CONNECT_NEW_STATE, "Meeting")), "training")
                .add(EventType.CONNECT_AGENT_STATE_CHANGE, eq(Operand.CONNECT_NEW_STATE, "Lunch"), "lunch")
                .add(EventType.CONNECT_AGENT_STATE_CHANGE, eq(Operand.CONNECT_NEW_STATE, "Meeting"), "meeting")
                .build();
        Exclusion t = new Exclusion(text.activeRules().stream().map(CheckedRule::condition).toList(),
                EventType.CONNECT_AGENT_STATE_CHANGE);
        assertTrue(t.exclusive(0, 1));
        assertFalse(t.exclusive(0, 2), "both hold for 'Meeting'");
    }
}
