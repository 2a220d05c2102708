package dev.presync.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.interp.Interpreter;
import dev.presync.runtime.Action;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The interpreter is the oracle: compiled rule sets must give the same actions in the same order,
 * through the list API and through the allocation-free sink API alike (and the interpreter's own
 * sink API must agree with its list API).
 */
class DifferentialPropertyTest {
    @Test
    void smallRuleSetsAgreeWithTheInterpreter() {
        qt().withExamples(2000).forAll(RuleSetGen.ruleSets(12), EventGen.eventLists(40))
                .checkAssert(DifferentialPropertyTest::agree);
    }

    @Test
    void largerRuleSetsSharingOperandsAgreeWithTheInterpreter() {
        qt().withExamples(200).forAll(RuleSetGen.ruleSets(150), EventGen.eventLists(150))
                .checkAssert(DifferentialPropertyTest::agree);
    }

    private static void agree(CheckedRuleSet rules, List<RuleEvent> events) {
        RuleSet compiled = Compiled.load(rules);
        // Small event types compile to straight-line code; the same rules fully indexed must agree too.
        RuleSet indexed = Compiled.loadIndexed(rules);
        Interpreter oracle = new Interpreter(rules);
        for (RuleEvent e : events) {
            List<Action> expected = oracle.evaluate(e);
            assertEquals(expected, compiled.evaluate(e), () -> "event " + e);
            assertEquals(expected, viaSink(compiled, e), () -> "sink API, event " + e);
            assertEquals(expected, indexed.evaluate(e), () -> "indexed scan, event " + e);
            assertEquals(expected, viaSink(indexed, e), () -> "indexed scan's sink API, event " + e);
            assertEquals(expected, viaSink(oracle, e), () -> "interpreter's sink API, event " + e);
        }
    }

    /** The sink's actions, checked against the count evaluate returns. */
    static List<Action> viaSink(RuleSet rules, RuleEvent event) {
        List<Action> got = new ArrayList<>();
        int count = rules.evaluate(event, got::add);
        assertEquals(got.size(), count, "the count evaluate(event, sink) returns");
        return got;
    }
}
