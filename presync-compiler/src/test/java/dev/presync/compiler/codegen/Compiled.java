package dev.presync.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.interp.Interpreter;
import dev.presync.compiler.load.VerifierReport;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;

/** Test glue: every class a test compiles goes through ASM's verifier before it is loaded. */
final class Compiled {
    private Compiled() {
    }

    static GeneratedClasses verified(CheckedRuleSet rules, String className) {
        return verified(RuleSetCompiler.generate(rules, className));
    }

    private static GeneratedClasses verified(GeneratedClasses classes) {
        for (String name : classes.classNames()) {
            assertEquals("", VerifierReport.of(classes.bytes(name), Compiled.class.getClassLoader()),
                    "ASM verifier findings for " + name);
        }
        return classes;
    }

    static RuleSet load(CheckedRuleSet rules) {
        return RuleSetCompiler.loadHidden(verified(rules, RuleSetCompiler.DEFAULT_CLASS_NAME));
    }

    /** The same rules with every event type indexed, none as straight-line code. */
    static RuleSet loadIndexed(CheckedRuleSet rules) {
        return RuleSetCompiler.loadHidden(verified(RuleSetCompiler.generateIndexed(rules, RuleSetCompiler.DEFAULT_CLASS_NAME)));
    }

    static void assertAgrees(CheckedRuleSet rules, RuleSet compiled, RuleEvent event) {
        assertEquals(new Interpreter(rules).evaluate(event), compiled.evaluate(event), () -> "event " + event);
    }
}
