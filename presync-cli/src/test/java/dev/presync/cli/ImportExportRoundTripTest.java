package dev.presync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example rule file, exported and imported back (as CSV and as JSON), gives the same rules:
 * the ones export could express come back with the same event, condition, target, activity and
 * name; the others are the ones export named.
 */
class ImportExportRoundTripTest {
    private static final List<Path> EXAMPLE_DIRS = List.of(Path.of("src/test/resources/examples"), Path.of("../rules-examples"));

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyExampleRoundTrips() {
        List<Path> files = new ArrayList<>();
        for (Path d : EXAMPLE_DIRS) {
            if (Files.isDirectory(d)) {
                files.addAll(GoldenTranscripts.list(d, ".rules"));
            }
        }
        assertFalse(files.isEmpty());
        return files.stream().flatMap(f -> Stream.of("csv", "json")
                .map(format -> DynamicTest.dynamicTest(f + " " + format, () -> roundTrip(f, format))));
    }

    private void roundTrip(Path rules, String format) throws IOException {
        Compilation original = PresyncCompiler.compile(rules, rules.toString());
        assertFalse(original.hasErrors(), original.render());
        Path records = dir.resolve("records." + format);
        CliRun export = CliRun.of("export", "--format", format, "-o", records.toString(), rules.toString());
        assertTrue(export.exit() == 0 || export.exit() == 1, export.err());
        Path back = dir.resolve("back.rules");
        CliRun imported = CliRun.of("import", "-o", back.toString(), records.toString());
        assertEquals(0, imported.exit(), imported.err());
        Compilation again = PresyncCompiler.compile(back, back.toString());
        assertFalse(again.hasErrors(), again.render());

        List<String> expected = new ArrayList<>();
        int refused = 0;
        for (CheckedRule r : original.ruleSet().rules()) {
            if (exportable(r)) {
                expected.add(describe(original.ruleSet(), r));
            } else {
                refused++;
                assertTrue(export.err().contains("rule " + r.label() + " cannot be exported"), export.err());
            }
        }
        assertEquals(refused > 0 ? 1 : 0, export.exit(), export.err());
        assertEquals(expected, again.ruleSet().rules().stream().map(r -> describe(again.ruleSet(), r)).toList());
    }

    private static boolean exportable(CheckedRule r) {
        return r.condition() instanceof Condition.Compare
                || r.condition() instanceof Condition.Always && r.event() == EventType.SALESFORCE_AGENT_LOGOUT;
    }

    /** A rule's meaning in one line; an unnamed rule's label depends on its line and is left out. */
    private static String describe(CheckedRuleSet set, CheckedRule r) {
        boolean named = !r.label().equals(set.sourceName() + ":" + r.line());
        Condition c = r.condition() instanceof Condition.Always && r.event() == EventType.SALESFORCE_AGENT_LOGOUT
                ? new Condition.Compare(new Term.Field(Operand.SALESFORCE_NEW_STATE), dev.presync.compiler.ast.Comparator.EQ,
                        new Term.Text("Offline"))
                : r.condition();
        return (named ? r.label() : "<unnamed>") + (r.active() ? "" : " inactive") + " on " + r.event().spelling()
                + " when " + c + " set " + r.destination().spelling() + " '" + r.state() + "'";
    }
}
