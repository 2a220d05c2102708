package dev.presync.compiler.codegen;

import static org.quicktheories.QuickTheory.qt;

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
                .checkAssert(Compiled::assertAgreeWithInterpreter);
    }

    @Test
    void largerRuleSetsSharingOperandsAgreeWithTheInterpreter() {
        qt().withExamples(200).forAll(RuleSetGen.ruleSets(150), EventGen.eventLists(150))
                .checkAssert(Compiled::assertAgreeWithInterpreter);
    }
}
