package dev.presync.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.interp.Interpreter;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The interpreter is the oracle: compiled rule sets must give the same actions in the same order. */
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
        Interpreter oracle = new Interpreter(rules);
        for (RuleEvent e : events) {
            assertEquals(oracle.evaluate(e), compiled.evaluate(e), () -> "event " + e);
        }
    }
}
