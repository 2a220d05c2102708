package dev.presync.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each runs through both engines against one expected transcript. Replay goldens: {@code NAME.rules} with {@code NAME.connect.jsonl} and/or
 * {@code NAME.salesforce.jsonl} (and extra flags in {@code NAME.args}) gives the transcript in
 * {@code NAME.expected} of {@code presync replay}. Run-trace goldens: {@code NAME.rules} with
 * {@code NAME.jsonl} in {@code golden/run-trace} gives that of {@code presync run --trace}.
 */
class GoldenReplayTest {
    private static final Path REPLAY = Path.of("src/test/resources/golden/replay");
    private static final Path RUN_TRACE = Path.of("src/test/resources/golden/run-trace");

    @TestFactory
    Stream<DynamicTest> everyReplayGolden() {
        return GoldenTranscripts.list(REPLAY, ".rules").stream()
                .map(rules -> DynamicTest.dynamicTest(rules.getFileName().toString(), () -> replay(rules)));
    }

    @TestFactory
    Stream<DynamicTest> everyRunTraceGolden() {
        return GoldenTranscripts.list(RUN_TRACE, ".rules").stream()
                .map(rules -> DynamicTest.dynamicTest(rules.getFileName().toString(), () -> runTrace(rules)));
    }

    private static void replay(Path rules) throws IOException {
        String base = GoldenTranscripts.withoutSuffix(rules, ".rules");
        List<String> args = new ArrayList<>(List.of("replay", rules.toString()));
        if (Files.exists(Path.of(base + ".connect.jsonl"))) {
            args.addAll(List.of("--connect", base + ".connect.jsonl"));
        }
        if (Files.exists(Path.of(base + ".salesforce.jsonl"))) {
            args.addAll(List.of("--salesforce", base + ".salesforce.jsonl"));
        }
        Path extra = Path.of(base + ".args");
        if (Files.exists(extra)) {
            args.addAll(Arrays.asList(Files.readString(extra, StandardCharsets.UTF_8).trim().split("\\s+")));
        }
        String command = "presync " + String.join(" ", args);
        for (String engine : new String[] {"interpreted", "compiled"}) {
            List<String> withEngine = new ArrayList<>(args);
            withEngine.addAll(List.of("--engine", engine));
            CliRun run = CliRun.of(withEngine.toArray(String[]::new));
            GoldenTranscripts.assertMatches(Path.of(base + ".expected"), run.transcript(command));
        }
    }

    private static void runTrace(Path rules) {
        String base = GoldenTranscripts.withoutSuffix(rules, ".rules");
        String[] args = {"run", rules.toString(), "--events", base + ".jsonl", "--trace"};
        for (String engine : new String[] {"interpreted", "compiled"}) {
            CliRun run = CliRun.of(args[0], args[1], args[2], args[3], args[4], "--engine", engine);
            GoldenTranscripts.assertMatches(Path.of(base + ".expected"), run.transcript("presync " + String.join(" ", args)));
        }
    }
}
