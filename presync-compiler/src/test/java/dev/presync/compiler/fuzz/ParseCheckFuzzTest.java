package dev.presync.compiler.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.compiler.diag.Diagnostic;

/**
 * Arbitrary bytes as a rule file: the compiler must answer with diagnostics, never an exception,
 * and what it answers must be renderable. Without {@code JAZZER_FUZZ} this replays the corpus in
 * {@code ParseCheckFuzzTestInputs/parseAndCheck} (the diagnostic goldens and every crash found).
 */
class ParseCheckFuzzTest {

    @RuleLanguageWords
    @FuzzTest(maxDuration = "30s")
    void parseAndCheck(byte[] bytes) {
        Compilation c = PresyncCompiler.compileBytes("fuzz.rules", bytes);
        int length = c.source().text().length();
        for (Diagnostic d : c.diagnostics()) {
            assertTrue(d.span().offset() >= 0 && d.span().end() <= length,
                    () -> d + " lies outside the text (" + length + " chars)");
        }
        assertEquals(c.diagnostics().stream().anyMatch(Diagnostic::isError), c.hasErrors(), "hasErrors");
        assertEquals(c.diagnostics().isEmpty(), c.render().isEmpty(), "render");
    }
}
