package dev.presync.bench.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rule sets are what the issue asks for: the stated sizes, clean, and covering the language. */
class RuleSetsTest {

    @ParameterizedTest
    @ValueSource(ints = {10, 100, 1_000})
    void eachSetHasExactlyItsSizeInRulesAndNoError(int size) {
        Compilation c = PresyncCompiler.compile("rules-" + size + ".rules", RuleSets.text(size));
        assertFalse(c.hasErrors(), c::render);
        assertEquals(size, c.ruleSet().rules().size());
        assertTrue(c.diagnostics().stream().noneMatch(d -> d.code().equals("unknown-status")),
                "the catalog declares every name the rules use");
    }

    @Test
    void largerSetsExtendSmallerOnes() {
        String hundred = RuleSets.text(100);
        String thousand = RuleSets.text(1_000);
        String firstGenerated = RuleGenerator.rule(0);
        assertTrue(hundred.contains(firstGenerated) && thousand.contains(firstGenerated));
        assertTrue(thousand.contains(RuleGenerator.rule(79)));
    }

    @Test
    void rulesCoverEveryEventOperandAndComparator() {
        Set<EventType> events = EnumSet.noneOf(EventType.class);
        Set<Operand> operands = EnumSet.noneOf(Operand.class);
        Set<Comparator> textComparators = EnumSet.noneOf(Comparator.class);
        Set<Comparator> numberComparators = EnumSet.noneOf(Comparator.class);
        Compilation c = PresyncCompiler.compile("r", RuleSets.text(10_000));
        for (CheckedRule rule : c.ruleSet().rules()) {
            events.add(rule.event());
            collect(rule.condition(), operands, textComparators, numberComparators);
        }
        assertEquals(EnumSet.allOf(EventType.class), events);
        assertEquals(EnumSet.allOf(Operand.class), operands);
        assertEquals(EnumSet.allOf(Comparator.class), textComparators);
        assertEquals(EnumSet.allOf(Comparator.class), numberComparators);
    }

    @Test
    void eventsCoverEveryTypeAndSomeMissingValues() {
        RuleEvent[] events = EventGenerator.events();
        assertEquals(1024, events.length);
        assertEquals(EnumSet.allOf(EventType.class),
                EnumSet.copyOf(Arrays.stream(events).map(RuleEvent::type).toList()));
        assertTrue(Arrays.stream(events).anyMatch(e -> e.type() == EventType.SALESFORCE_WORKLOAD_CHANGED
                && e.hasNewWorkload() && !e.hasNewWorkloadPct()), "some Pct values are missing");
        assertTrue(Arrays.stream(events).anyMatch(e -> e.type() == EventType.CONNECT_AGENT_STATE_CHANGE
                && e.connectOldState() == null), "some old states are missing");
    }

    private static void collect(Condition c, Set<Operand> operands, Set<Comparator> text, Set<Comparator> number) {
        if (c instanceof Condition.Compare cmp) {
            boolean isText = false;
            for (Term t : new Term[] {cmp.left(), cmp.right()}) {
                if (t instanceof Term.Field f) {
                    operands.add(f.operand());
                }
                isText |= t instanceof Term.Text;
            }
            (isText ? text : number).add(cmp.op());
        } else if (c instanceof Condition.Not not) {
            collect(not.operand(), operands, text, number);
        } else if (c instanceof Condition.All all) {
            all.operands().forEach(o -> collect(o, operands, text, number));
        } else if (c instanceof Condition.Any any) {
            any.operands().forEach(o -> collect(o, operands, text, number));
        }
    }
}
