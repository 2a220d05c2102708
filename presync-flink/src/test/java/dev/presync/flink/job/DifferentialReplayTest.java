package dev.presync.flink.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.cli.day.DayFiles;
import dev.presync.sync.SyncPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Flink job against {@code presync replay} itself: for each agent the same lines in the same
 * order, and the same summary, on the generated 1,000-agent day and on the bundled replay examples.
 */
class DifferentialReplayTest {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = ReplayRuns.cluster();

    private static final Path GOLDEN = Path.of("../presync-cli/src/test/resources/golden/replay");

    @TempDir
    static Path dir;
    private static Path rules;
    private static Path connect;
    private static Path salesforce;
    private static ReplayRuns.Run oracle;

    @BeforeAll
    static void day() throws Exception {
        rules = dir.resolve("examples.rules");
        connect = dir.resolve("connect.jsonl");
        salesforce = dir.resolve("salesforce.jsonl");
        Files.writeString(rules, DayFiles.exampleRules(), StandardCharsets.UTF_8);
        DayFiles.write(1000, 20261124L, connect, salesforce);
        oracle = ReplayRuns.cli(List.of(rules.toString(), "--connect", connect.toString(), "--salesforce", salesforce.toString()));
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 2})
    void theDayGivesEachAgentTheReplaysCommands(int parallelism) throws Exception {
        ReplayRuns.Run flink = ReplayRuns.flink(rules, connect.toString(), salesforce.toString(), parallelism, SyncPolicy.defaults());

        Map<String, List<String>> expected = oracle.byAgent();
        assertTrue(expected.size() > 900, "most agents get commands: " + expected.size());
        assertEquals(expected, flink.byAgent());
        assertEquals(oracle.summary(), flink.summary());
        assertEquals(oracle.exit(), flink.exit());
        assertEquals(errors(oracle.err()), errors(flink.err()), "the same bad lines reported");
    }

    private static List<String> errors(String err) {
        return err.lines().filter(l -> l.contains(": error: ")).sorted().toList();
    }

    @TestFactory
    Stream<DynamicTest> everyBundledReplayExample() throws Exception {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.filter(p -> p.toString().endsWith(".rules")).sorted().toList().stream()
                    .map(r -> DynamicTest.dynamicTest(r.getFileName().toString(), () -> example(r)));
        }
    }

    private static void example(Path rulesFile) throws Exception {
        String base = rulesFile.toString().substring(0, rulesFile.toString().length() - ".rules".length());
        String c = Files.exists(Path.of(base + ".connect.jsonl")) ? base + ".connect.jsonl" : null;
        String s = Files.exists(Path.of(base + ".salesforce.jsonl")) ? base + ".salesforce.jsonl" : null;
        List<String> extra = Files.exists(Path.of(base + ".args"))
                ? Arrays.asList(Files.readString(Path.of(base + ".args")).trim().split("\\s+")) : List.of();
        List<String> args = new ArrayList<>(List.of(rulesFile.toString()));
        if (c != null) {
            args.addAll(List.of("--connect", c));
        }
        if (s != null) {
            args.addAll(List.of("--salesforce", s));
        }
        args.addAll(extra);
        ReplayRuns.Run expected = ReplayRuns.cli(args);
        boolean fireOnEcho = extra.contains("--fire-on-echo");
        int limit = extra.contains("--chain-limit") ? Integer.parseInt(extra.get(extra.indexOf("--chain-limit") + 1)) : SyncPolicy.DEFAULT_CHAIN_LIMIT;
        ReplayRuns.Run flink = ReplayRuns.flink(rulesFile, c, s, 2, new SyncPolicy(!fireOnEcho, limit));
        assertTrue(!expected.out().isEmpty(), "the example prints commands");
        assertEquals(expected.byAgent(), flink.byAgent());
        assertEquals(expected.summary(), flink.summary());
    }
}
