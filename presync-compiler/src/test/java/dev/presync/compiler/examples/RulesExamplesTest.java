package dev.presync.compiler.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.diag.Diagnostic;
import dev.presync.runtime.Action;
import dev.presync.runtime.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundled examples in {@code rules-examples/} compile with no error, come with an event stream,
 * and that stream exercises them: every active rule fires at least once, and some event fires none.
 */
class RulesExamplesTest {
    private static final Path DIR = Path.of("..", "rules-examples");

    @Test
    void thereAreAtLeastThreeExamples() throws IOException {
        assertTrue(examples().size() >= 3, () -> "examples in " + DIR.toAbsolutePath());
    }

    @TestFactory
    Stream<DynamicTest> everyExampleCompilesAndItsEventsExerciseIt() throws IOException {
        return examples().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), f.toUri(), () -> check(f)));
    }

    private static void check(Path rules) throws IOException {
        Compilation c = PresyncCompiler.compile(rules, "rules-examples/" + rules.getFileName());
        assertFalse(c.hasErrors(), c::render);
        List<String> warnings = c.diagnostics().stream().map(Diagnostic::code).toList();
        assertEquals(List.of(), warnings, c::render);

        String name = rules.getFileName().toString().replaceFirst("\\.rules$", ".jsonl");
        Path events = rules.resolveSibling(name);
        assertTrue(Files.exists(events), () -> events + " is missing");
        RuleSet ruleSet = PresyncCompiler.interpret(c);
        Set<String> fired = new HashSet<>();
        int quiet = 0;
        for (String line : Files.readAllLines(events)) {
            if (line.isBlank()) {
                continue;
            }
            List<Action> actions = ruleSet.evaluate(FlatJsonEvents.parse(line));
            actions.forEach(a -> fired.add(a.rule()));
            quiet += actions.isEmpty() ? 1 : 0;
        }
        for (CheckedRule rule : c.ruleSet().activeRules()) {
            assertTrue(fired.contains(rule.label()), () -> "no event in " + events.getFileName() + " fires " + rule.label());
        }
        for (CheckedRule rule : c.ruleSet().rules()) {
            if (!rule.active()) {
                assertFalse(fired.contains(rule.label()), () -> "inactive rule fired: " + rule.label());
            }
        }
        assertTrue(quiet > 0, "every event fires a rule: the stream lacks a case where nothing happens");
    }

    private static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".rules")).sorted().toList();
        }
    }
}
