package dev.presync.compiler.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.presync.compiler.Compilation;
import dev.presync.compiler.Engine;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.Arrays;

/**
 * The interpreter is the oracle for the compiled code: every fuzzed rule file that checks is
 * compiled, loaded and evaluated on fuzzed events, and both engines must give the same actions.
 * The input is the rule text, then optionally a NUL byte and bytes that spell extra events
 * ({@link FuzzedEvents}); the seeds are the clean diagnostic goldens and the rules examples.
 */
class CompiledAgreesFuzzTest {

    @RuleLanguageWords
    @FuzzTest(maxDuration = "30s")
    void compiledEqualsInterpreted(byte[] data) {
        int nul = indexOfNul(data);
        byte[] rules = Arrays.copyOf(data, nul);
        Compilation c = PresyncCompiler.compileBytes("fuzz.rules", rules);
        if (c.hasErrors()) {
            return;
        }
        RuleSet interpreted = PresyncCompiler.load(c, Engine.INTERPRETED);
        RuleSet compiled = PresyncCompiler.load(c, Engine.COMPILED);
        for (RuleEvent event : FuzzedEvents.forRules(c.ruleSet()).events(data, Math.min(nul + 1, data.length))) {
            assertEquals(interpreted.evaluate(event), compiled.evaluate(event), () -> "event " + event);
        }
    }

    private static int indexOfNul(byte[] data) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        return data.length;
    }
}
