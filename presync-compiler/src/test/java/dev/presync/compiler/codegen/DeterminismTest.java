package dev.presync.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.presync.compiler.checked.CheckedRuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Build-time output must be reproducible: the same input gives the same bytes. */
class DeterminismTest {
    private static final String NAME = "com.example.Rules";

    @Test
    void aLargeRuleSetGivesIdenticalBytesTwice() {
        byte[] first = RuleSetCompiler.generate(ScaleTest.bigRuleSet(4_000), NAME).bytes(NAME);
        byte[] second = RuleSetCompiler.generate(ScaleTest.bigRuleSet(4_000), NAME).bytes(NAME);
        assertArrayEquals(first, second);
    }

    @Test
    void randomRuleSetsGiveIdenticalBytesFromEqualCopies() {
        qt().withExamples(100).forAll(RuleSetGen.ruleSets(40)).checkAssert(rules -> {
            CheckedRuleSet copy = new CheckedRuleSet(rules.sourceName(), List.copyOf(rules.rules()));
            assertArrayEquals(RuleSetCompiler.generate(rules, NAME).bytes(NAME),
                    RuleSetCompiler.generate(copy, NAME).bytes(NAME));
        });
    }
}
