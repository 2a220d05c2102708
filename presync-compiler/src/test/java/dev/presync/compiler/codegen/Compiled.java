package dev.presync.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.interp.Interpreter;
import dev.presync.compiler.load.VerifierReport;
import dev.presync.runtime.Action;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.ArrayList;
import java.util.List;

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

    /** Each thread keeping at most {@code coFiringSets} multi-fire lists; every type indexed unless directScans. */
    static RuleSet loadKeeping(CheckedRuleSet rules, boolean directScans, int coFiringSets) {
        return RuleSetCompiler.loadHidden(verified(RuleSetCompiler.generateKeeping(rules,
                RuleSetCompiler.DEFAULT_CLASS_NAME, directScans, coFiringSets)));
    }

    static void assertAgrees(CheckedRuleSet rules, RuleSet compiled, RuleEvent event) {
        assertEquals(new Interpreter(rules).evaluate(event), compiled.evaluate(event), () -> "event " + event);
    }

    /**
     * The differential check every property of the back end makes: the rules compiled as they
     * ship (straight-line where a type fits) and fully indexed must both give the interpreter's
     * actions, in source order, through the list API and the sink API alike.
     */
    static void assertAgreeWithInterpreter(CheckedRuleSet rules, List<RuleEvent> events) {
        RuleSet compiled = load(rules);
        RuleSet indexed = loadIndexed(rules);
        Interpreter oracle = new Interpreter(rules);
        for (RuleEvent e : events) {
            List<Action> expected = oracle.evaluate(e);
            assertEquals(expected, compiled.evaluate(e), () -> "event " + e + " rules " + rules.rules());
            assertEquals(expected, viaSink(compiled, e), () -> "sink API, event " + e + " rules " + rules.rules());
            assertEquals(expected, indexed.evaluate(e), () -> "indexed, event " + e + " rules " + rules.rules());
            assertEquals(expected, viaSink(indexed, e), () -> "indexed sink API, event " + e + " rules " + rules.rules());
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
