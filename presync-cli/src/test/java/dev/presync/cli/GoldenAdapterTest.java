package dev.presync.cli;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Import and export goldens: each {@code .csv}/{@code .json} in {@code golden/import} gives the
 * transcript of {@code presync import}, each {@code .rules} in {@code golden/export} those of
 * {@code presync export} in both formats.
 */
class GoldenAdapterTest {
    private static final Path IMPORT = Path.of("src/test/resources/golden/import");
    private static final Path EXPORT = Path.of("src/test/resources/golden/export");

    @TestFactory
    Stream<DynamicTest> everyImportGolden() {
        return Stream.concat(GoldenTranscripts.list(IMPORT, ".csv").stream(), GoldenTranscripts.list(IMPORT, ".json").stream())
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    String[] args = {"import", file.toString()};
                    GoldenTranscripts.assertMatches(Path.of(file + ".expected"),
                            CliRun.of(args).transcript("presync " + String.join(" ", args)));
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyExportGolden() {
        return GoldenTranscripts.list(EXPORT, ".rules").stream()
                .flatMap(rules -> Stream.of("csv", "json").map(format ->
                        DynamicTest.dynamicTest(rules.getFileName() + " " + format, () -> {
                            String[] args = {"export", "--format", format, rules.toString()};
                            String base = GoldenTranscripts.withoutSuffix(rules, ".rules");
                            GoldenTranscripts.assertMatches(Path.of(base + "." + format + ".expected"),
                                    CliRun.of(args).transcript("presync " + String.join(" ", args)));
                        })));
    }
}
