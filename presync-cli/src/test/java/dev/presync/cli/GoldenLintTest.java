package dev.presync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code golden/lint/NAME.rules} through {@code presync lint} in each format gives exactly
 * {@code NAME.FORMAT.out} (exit status, stdout, stderr). {@code -Dpresync.golden.update=true}
 * rewrites them on purpose.
 */
class GoldenLintTest {
    private static final Path DIR = Path.of("src/test/resources/golden/lint");

    @TestFactory
    Stream<DynamicTest> everyFindingInEveryFormat() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path rules : files.filter(p -> p.toString().endsWith(".rules")).sorted().toList()) {
                for (String format : List.of("text", "json", "sarif")) {
                    tests.add(DynamicTest.dynamicTest(rules.getFileName() + " " + format, () -> check(rules, format)));
                }
            }
        }
        assertTrue(tests.size() >= 27, "golden lint corpus shrank");
        return tests.stream();
    }

    private static void check(Path rules, String format) throws IOException {
        String path = DIR.resolve(rules.getFileName()).toString();
        CliRun run = CliRun.of("lint", "--format", format, "--fail-on", "note", path);
        String actual = run.transcript("presync lint --format " + format + " --fail-on note " + path);
        String base = rules.getFileName().toString().replaceFirst("\\.rules$", "");
        Path golden = DIR.resolve(base + "." + format + ".out");
        if (Boolean.getBoolean("presync.golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(golden), () -> golden + " is missing; run with -Dpresync.golden.update=true");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
    }
}
