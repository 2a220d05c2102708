package dev.presync.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.interp.Interpreter;
import dev.presync.compiler.load.VerifierReport;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 item 4: rule files the checker accepts but that once overflowed one class file (its
 * constant pool and method count). Each shape comes through the parser and checker, as from a
 * user's file, and the compiled engine must agree with the interpreter on it.
 */
class GiantRuleSetTest {
    /** One 2.5 MB rule: an {@code or} of 40,000 {@code and} pairs, each with its own literals. */
    @Test
    void oneRuleOfFortyThousandPairsCompilesAndAgrees(@TempDir Path dir) throws Exception {
        String condition = IntStream.range(0, 40_000)
                .mapToObj(i -> "ConnectNewState == 's" + i + "' and ConnectOldState != 'o" + i + "'")
                .collect(Collectors.joining(" or "));
        CheckedRuleSet rules = checked("rule Giant on ConnectAgentStateChange when " + condition
                + " set Salesforce 'Busy'\n"
                + "rule After on ConnectAgentStateChange when ConnectNewState == 's39999' set Salesforce 'After'\n");
        List<RuleEvent> events = new ArrayList<>();
        for (int i : new int[] {0, 1, 32_767, 32_768, 39_999, 40_000}) {
            events.add(RuleEvent.connectAgentStateChange("s" + i, "o" + i));
            events.add(RuleEvent.connectAgentStateChange("s" + i, "other"));
            events.add(RuleEvent.connectAgentStateChange("s" + i, null));
        }
        assertAgrees(rules, events, dir);
    }

    /** 200 rules, each an {@code or} of 2,000 equalities with literals of its own. */
    @Test
    void twoHundredRulesOfTwoThousandEqualitiesCompileAndAgree(@TempDir Path dir) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < 200; r++) {
            int rule = r;
            text.append("rule R").append(r).append(" on ConnectAgentStateChange when ")
                    .append(IntStream.range(0, 2_000).mapToObj(i -> "ConnectNewState == 'v" + (rule * 1_000 + i) + "'")
                            .collect(Collectors.joining(" or ")))
                    .append(" set Salesforce 'S").append(r).append("'\n");
        }
        CheckedRuleSet rules = checked(text.toString());
        List<RuleEvent> events = new ArrayList<>();
        for (int v : new int[] {0, 999, 1_000, 1_999, 2_000, 150_000, 199_999, 200_999, 201_000}) {
            events.add(RuleEvent.connectAgentStateChange("v" + v, null));
        }
        assertAgrees(rules, events, dir);
    }

    private static CheckedRuleSet checked(String text) {
        Compilation compilation = PresyncCompiler.compile("giant.rules", text);
        assertFalse(compilation.hasErrors(), compilation::render);
        return compilation.ruleSet();
    }

    /** Compiled at run time and as build-time class files, both equal to the interpreter. */
    private static void assertAgrees(CheckedRuleSet rules, List<RuleEvent> events, Path dir) throws Exception {
        GeneratedClasses classes = RuleSetCompiler.generate(rules, "com.example.Giant");
        assertTrue(classes.classNames().size() > 1, "split over part classes: " + classes.classNames());
        // The JVM verifies every class as it loads; ASM's verifier, slower, checks the main class and a part.
        for (String name : classes.classNames().subList(0, 2)) {
            assertEquals("", VerifierReport.of(classes.bytes(name), GiantRuleSetTest.class.getClassLoader()), name);
        }
        RuleSet hidden = RuleSetCompiler.loadHidden(classes);
        assertEquals(classes.classNames().size(), classes.writeTo(dir).size());
        assertTrue(Files.exists(dir.resolve("com/example/Giant.class")));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                new BuildTimeClassesTest.RuntimeOnlyLoader())) {
            RuleSet loaded = (RuleSet) loader.loadClass("com.example.Giant").getConstructor().newInstance();
            Interpreter oracle = new Interpreter(rules);
            int fired = 0;
            for (RuleEvent e : events) {
                List<?> expected = oracle.evaluate(e);
                assertEquals(expected, hidden.evaluate(e), () -> "run-time class, event " + e);
                assertEquals(expected, loaded.evaluate(e), () -> "build-time class, event " + e);
                fired += expected.size();
            }
            assertTrue(fired > 0, "the sample should make rules fire");
        }
    }
}
