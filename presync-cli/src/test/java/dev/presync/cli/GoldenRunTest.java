package dev.presync.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Evaluation goldens, run by the interpreter and by the compiled code: {@code NAME.rules} with {@code NAME.jsonl} gives the transcript in
 * {@code NAME.expected} (exit code, stdout, stderr) of {@code presync run}.
 */
class GoldenRunTest {
    private static final Path DIR = Path.of("src/test/resources/golden/run");
    private static final Path EXAMPLES = Path.of("../rules-examples");
    private static final Path EXAMPLES_EXPECTED = Path.of("src/test/resources/golden/examples");

    @TestFactory
    Stream<DynamicTest> everyGolden() {
        return GoldenTranscripts.list(DIR, ".rules").stream()
                .filter(rules -> Files.exists(Path.of(GoldenTranscripts.withoutSuffix(rules, ".rules") + ".jsonl")))
                .map(rules -> DynamicTest.dynamicTest(rules.getFileName().toString(), () -> check(rules)));
    }

    /** The bundled examples, as the README's main command runs them. */
    @TestFactory
    Stream<DynamicTest> everyExample() {
        return GoldenTranscripts.list(EXAMPLES, ".rules").stream()
                .map(rules -> DynamicTest.dynamicTest(rules.getFileName().toString(), () -> {
                    String name = rules.getFileName().toString().replace(".rules", ".expected");
                    check(rules, EXAMPLES_EXPECTED.resolve(name));
                }));
    }

    private static void check(Path rules) {
        check(rules, Path.of(GoldenTranscripts.withoutSuffix(rules, ".rules") + ".expected"));
    }

    /** Each golden runs through both engines; both must give the one expected transcript. */
    private static void check(Path rules, Path expected) {
        String base = GoldenTranscripts.withoutSuffix(rules, ".rules");
        String command = "presync run " + rules + " --events " + base + ".jsonl";
        for (String engine : new String[] {"interpreted", "compiled"}) {
            CliRun run = CliRun.of("run", rules.toString(), "--events", base + ".jsonl", "--engine", engine);
            GoldenTranscripts.assertMatches(expected, run.transcript(command));
        }
    }
}
