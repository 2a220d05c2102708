package dev.presync.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.runtime.Action;
import dev.presync.runtime.Destination;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code presync compile}: class files that load and agree, the same bytes every time, clear refusals. */
class CliCompileTest {
    private static final String RULES =
            "rule L on ConnectAgentStateChange when ConnectNewState == 'Lunch' set Salesforce 'Lunch'\n";

    @TempDir
    Path dir;

    private String write(String name, String text) {
        return TempFiles.write(dir, name, text);
    }

    @Test
    void writesAClassNamedAfterTheFileThatEvaluatesTheRules() throws Exception {
        String rules = write("lunch-sync.rules", RULES);
        CliRun run = CliRun.of("compile", rules, "-d", dir.resolve("out").toString());
        assertEquals(0, run.exit(), run.err());
        Path classFile = dir.resolve("out/presync/generated/LunchSync.class");
        assertTrue(Files.isRegularFile(classFile));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("out").toUri().toURL()},
                RuleSet.class.getClassLoader())) {
            RuleSet set = (RuleSet) loader.loadClass("presync.generated.LunchSync").getConstructor().newInstance();
            assertEquals(List.of(new Action(Destination.SALESFORCE, "Lunch", "L")),
                    set.evaluate(RuleEvent.connectAgentStateChange("Lunch", "Available")));
        }
    }

    @Test
    void sameInputGivesByteIdenticalOutput() throws IOException {
        String rules = write("r.rules", RULES);
        CliRun.of("compile", rules, "-d", dir.resolve("a").toString(), "--class-name", "com.example.R");
        CliRun.of("compile", rules, "-d", dir.resolve("b").toString(), "--class-name", "com.example.R");
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/com/example/R.class")),
                Files.readAllBytes(dir.resolve("b/com/example/R.class")));
    }

    @Test
    void rulesWithErrorsWriteNothingAndExitOne() throws IOException {
        String good = write("good.rules", RULES);
        String bad = write("bad.rules", "on ConnectAgentStateChange set Connect 'Busy'\n");
        CliRun run = CliRun.of("compile", good, bad, "-d", dir.resolve("out").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("bad.rules:1:40: error:"), run.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void twoFilesThatWouldShareAClassNameAreRefused() throws IOException {
        String a = write("lunch-sync.rules", RULES);
        String b = write("lunch_sync.rules", RULES);
        CliRun run = CliRun.of("compile", a, b, "-d", dir.resolve("out").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("would both compile to presync.generated.LunchSync"), run.err());
    }

    @Test
    void aClassNameForSeveralFilesOrAnInvalidOneIsAUsageError() throws IOException {
        String a = write("a.rules", RULES);
        String b = write("b.rules", RULES);
        assertEquals(2, CliRun.of("compile", a, b, "-d", dir.toString(), "--class-name", "x.Y").exit());
        CliRun invalid = CliRun.of("compile", a, "-d", dir.toString(), "--class-name", "not a name");
        assertEquals(2, invalid.exit());
        assertTrue(invalid.err().contains("is not a valid Java class name"), invalid.err());
        assertEquals(2, CliRun.of("compile", a).exit(), "missing -d");
    }
}
