package dev.presync.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Evaluation goldens: {@code NAME.rules} with {@code NAME.jsonl} gives the transcript in
 * {@code NAME.expected} (exit code, stdout, stderr) of {@code presync run}.
 */
class GoldenRunTest {
    private static final Path DIR = Path.of("src/test/resources/golden/run");

    @TestFactory
    Stream<DynamicTest> everyGolden() {
        return GoldenTranscripts.list(DIR, ".rules").stream()
                .filter(rules -> Files.exists(Path.of(GoldenTranscripts.withoutSuffix(rules, ".rules") + ".jsonl")))
                .map(rules -> DynamicTest.dynamicTest(rules.getFileName().toString(), () -> check(rules)));
    }

    private static void check(Path rules) {
        String base = GoldenTranscripts.withoutSuffix(rules, ".rules");
        String[] args = {"run", rules.toString(), "--events", base + ".jsonl"};
        CliRun run = CliRun.of(args);
        GoldenTranscripts.assertMatches(Path.of(base + ".expected"), run.transcript("presync " + String.join(" ", args)));
    }
}
