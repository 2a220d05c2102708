package dev.presync.compiler.codegen;

import static dev.presync.compiler.codegen.Rules.all;
import static dev.presync.compiler.codegen.Rules.cmp;
import static dev.presync.compiler.codegen.Rules.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.interp.Interpreter;
import dev.presync.runtime.Action;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * {@link Exclusion} also proves workload rules apart through a comparison of two workloads (or
 * two Pcts) and the other rule's bounds, which {@link ExclusionPropertyTest}'s random rules
 * rarely produce. Here every rule is that shape, the numbers are small enough to sit on the
 * bounds, and the interpreter is the oracle: two rules that fire together were never proved
 * exclusive.
 */
class WorkloadExclusionPropertyTest {
    private static final EventType TYPE = EventType.SALESFORCE_WORKLOAD_CHANGED;
    private static final Operand[] NUMBERS = {Operand.SALESFORCE_NEW_WORKLOAD, Operand.SALESFORCE_PREVIOUS_WORKLOAD,
        Operand.SALESFORCE_NEW_WORKLOAD_PCT, Operand.SALESFORCE_PREVIOUS_WORKLOAD_PCT,
        Operand.SALESFORCE_CONFIGURED_CAPACITY};
    private static final String[] LITERALS = {"0", "1", "2", "3", "50", "66.66", "99", "100", "101", "150"};

    @Test
    void workloadRulesProvedExclusiveNeverFireTogether() {
        qt().withExamples(2000).forAll(ruleSets(), events()).checkAssert(WorkloadExclusionPropertyTest::neverTogether);
    }

    /** The straight-line code that returns where such a rule fires gives the interpreter's actions, in order, on both APIs. */
    @Test
    void compiledWorkloadRulesAgreeWithTheInterpreter() {
        qt().withExamples(300).forAll(ruleSets(), events()).checkAssert((rules, events) -> {
            RuleSet compiled = Compiled.load(rules);
            Interpreter oracle = new Interpreter(rules);
            for (RuleEvent e : events) {
                List<Action> expected = oracle.evaluate(e);
                assertEquals(expected, compiled.evaluate(e), () -> "event " + e);
                assertEquals(expected, Compiled.viaSink(compiled, e),
                        () -> "sink API, event " + e);
            }
        });
    }

    @Test
    void belowCapacityAndRisingAreProvedApart() {
        CheckedRuleSet rules = new Rules()
                .add(TYPE, all(cmp(Operand.SALESFORCE_PREVIOUS_WORKLOAD_PCT, Comparator.GE, "100"),
                        cmp(Operand.SALESFORCE_NEW_WORKLOAD_PCT, Comparator.LT, "100")), "below")
                .add(TYPE, all(cmp(Operand.SALESFORCE_NEW_WORKLOAD_PCT, Comparator.GT, "66.66"),
                        cmp(Operand.SALESFORCE_NEW_WORKLOAD_PCT, Comparator.LT, "100"),
                        cmp(field(Operand.SALESFORCE_NEW_WORKLOAD), Comparator.GT,
                                field(Operand.SALESFORCE_PREVIOUS_WORKLOAD))), "rising")
                .add(TYPE, all(cmp(Operand.SALESFORCE_NEW_WORKLOAD_PCT, Comparator.LT, "100"),
                        cmp(field(Operand.SALESFORCE_NEW_WORKLOAD), Comparator.GE,
                                field(Operand.SALESFORCE_PREVIOUS_WORKLOAD))), "steady")
                .build();
        Exclusion x = exclusion(rules);
        assertTrue(x.exclusive(0, 1), "New < Previous (from the Pcts) against New > Previous");
        assertTrue(x.exclusive(1, 0), "either order");
        assertTrue(x.exclusive(0, 2), "New < Previous against New >= Previous");
        assertFalse(x.exclusive(1, 2), "both hold for New 9, Previous 8, capacity 10");
    }

    private static Exclusion exclusion(CheckedRuleSet rules) {
        return new Exclusion(rules.activeRules().stream().map(r -> EventFacts.fold(r.condition(), TYPE)).toList(), TYPE);
    }

    private static void neverTogether(CheckedRuleSet rules, List<RuleEvent> events) {
        Exclusion x = exclusion(rules);
        Interpreter oracle = new Interpreter(rules);
        List<CheckedRule> active = rules.activeRules();
        for (RuleEvent e : events) {
            List<Action> fired = oracle.evaluate(e);
            for (int i = 0; i < fired.size(); i++) {
                for (int j = i + 1; j < fired.size(); j++) {
                    int a = position(active, fired.get(i));
                    int b = position(active, fired.get(j));
                    assertFalse(x.exclusive(a, b), () -> "proved exclusive but both fired on " + e + ": "
                            + active.get(a).condition() + " / " + active.get(b).condition());
                }
            }
        }
    }

    private static int position(List<CheckedRule> active, Action action) {
        for (int p = 0; p < active.size(); p++) {
            if (active.get(p).label().equals(action.rule())) {
                return p;
            }
        }
        throw new AssertionError(action.rule());
    }

    /** Rules of up to three bounds and one comparison of two number operands, all conjuncts. */
    private static Gen<CheckedRuleSet> ruleSets() {
        return in -> {
            Rules rules = new Rules();
            int count = RuleSetGen.pick(in, 2, 5);
            for (int r = 0; r < count; r++) {
                List<Condition> conjuncts = new ArrayList<>();
                int bounds = RuleSetGen.pick(in, 0, 3);
                for (int k = 0; k < bounds; k++) {
                    conjuncts.add(cmp(pick(in, NUMBERS), comparator(in), pick(in, LITERALS)));
                }
                conjuncts.add(cmp(field(pick(in, NUMBERS)), comparator(in), field(pick(in, NUMBERS))));
                rules.add(TYPE, new Condition.All(conjuncts), "S" + r);
            }
            return rules.build();
        };
    }

    private static Gen<List<RuleEvent>> events() {
        return in -> {
            List<RuleEvent> out = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                RuleEvent.Builder b = RuleEvent.builder(TYPE);
                for (Operand o : List.of(Operand.SALESFORCE_NEW_WORKLOAD, Operand.SALESFORCE_PREVIOUS_WORKLOAD,
                        Operand.SALESFORCE_CONFIGURED_CAPACITY)) {
                    if (RuleSetGen.pick(in, 0, 9) != 0) {
                        b.number(o, RuleSetGen.pick(in, 0, 12));
                    }
                }
                out.add(b.build());
            }
            return out;
        };
    }

    private static Comparator comparator(RandomnessSource in) {
        return Comparator.values()[RuleSetGen.pick(in, 0, Comparator.values().length - 1)];
    }

    private static <T> T pick(RandomnessSource in, T[] choices) {
        return choices[RuleSetGen.pick(in, 0, choices.length - 1)];
    }
}
