package dev.presync.compiler.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code golden/diag/NAME.rules} compiles to exactly the diagnostics in {@code NAME.diag}.
 * {@code -Dpresync.golden.update=true} rewrites the {@code .diag} files instead (see the README).
 */
class GoldenDiagnosticsTest {
    static final Path DIR = GoldenFiles.sourceDir("diag");

    @TestFactory
    Stream<DynamicTest> everyRulesFileGivesItsGoldenDiagnostics() throws IOException {
        return GoldenFiles.rulesFiles(DIR).stream()
                .map(rules -> DynamicTest.dynamicTest(GoldenFiles.baseName(rules), rules.toUri(), () -> check(rules)));
    }

    @Test
    void theCorpusIsBroad() throws IOException {
        assertTrue(GoldenFiles.rulesFiles(DIR).size() >= 40, "golden corpus shrank");
    }

    private static void check(Path rules) throws IOException {
        String name = rules.getFileName().toString();
        Compilation compilation = PresyncCompiler.compileBytes(name, Files.readAllBytes(rules));
        String actual = compilation.render();
        Path golden = rules.resolveSibling(GoldenFiles.baseName(rules) + ".diag");
        if (GoldenFiles.updating()) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(golden), () -> golden + " is missing; run with -Dpresync.golden.update=true");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, name);
        assertEquals(actual.isEmpty(), compilation.diagnostics().isEmpty(), "render() and diagnostics() disagree");
        if (actual.contains(": error: ") != compilation.hasErrors()) {
            throw new AssertionError("hasErrors() disagrees with the rendered errors of " + name);
        }
    }

    /** Guards against a stale golden file left behind after its .rules file was renamed. */
    @Test
    void everyDiagFileHasItsRulesFile() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> orphans = files.filter(p -> p.toString().endsWith(".diag"))
                    .filter(p -> !Files.exists(p.resolveSibling(GoldenFiles.baseName(p) + ".rules")))
                    .toList();
            assertEquals(List.of(), orphans);
        }
    }
}
