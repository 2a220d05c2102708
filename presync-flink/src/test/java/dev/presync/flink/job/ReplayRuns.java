package dev.presync.flink.job;

import dev.presync.cli.Main;
import dev.presync.compiler.Engine;
import dev.presync.sync.SyncPolicy;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;

/** Runs the same replay through {@code presync replay} (the oracle) and through the Flink job. */
final class ReplayRuns {
    private static final Pattern AGENT = Pattern.compile("^\\{\"time\":\"[^\"]*\",\"agent\":\"([^\"]*)\"");

    /** What one run printed. */
    record Run(int exit, String out, String err) {
        /** Each agent's lines in the order printed. */
        Map<String, List<String>> byAgent() {
            Map<String, List<String>> by = new TreeMap<>();
            out.lines().forEach(line -> {
                Matcher m = AGENT.matcher(line);
                if (!m.lookingAt()) {
                    throw new AssertionError("not a replay line: " + line);
                }
                by.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(line);
            });
            return by;
        }

        String summary() {
            return err.lines().filter(l -> l.startsWith("replay: ")).findFirst().orElse("(no summary)\n" + err);
        }
    }

    private ReplayRuns() {
    }

    static Run cli(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("replay"));
        all.addAll(args);
        int exit = Main.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    static Run flink(Path rules, String connect, String salesforce, int parallelism, SyncPolicy policy) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        RuleSetVersion version = new RuleSetVersion(1, rules.toString(), Files.readAllBytes(rules));
        ReplayJob.Result result = ReplayJob.run(environment(parallelism), version,
                connect == null ? null : List.of(connect), salesforce == null ? null : List.of(salesforce),
                new SyncJob.Options(parallelism, Duration.ofSeconds(5), policy, Engine.COMPILED),
                new PrintWriter(out), new PrintWriter(err));
        return new Run(result.count(Reports.BAD) > 0 ? 1 : 0, out.toString(), err.toString());
    }

    /** One mini cluster for a test class: two slots, so jobs of parallelism 1 and 2 both fit. */
    static MiniClusterExtension cluster() {
        return new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
                .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());
    }

    /** An environment on the test class's mini cluster. */
    static StreamExecutionEnvironment environment(int parallelism) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(parallelism);
        return env;
    }

    static String utf8(Path p) throws java.io.IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
