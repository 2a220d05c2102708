package dev.presync.flink.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.cli.day.DayFiles;
import dev.presync.compiler.Engine;
import dev.presync.flink.source.InputLine;
import dev.presync.flink.source.JsonLinesSource;
import dev.presync.sync.SyncPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.restartstrategy.RestartStrategies;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.apache.flink.test.junit5.MiniClusterExtension;

/**
 * A failure mid-stream: the job restores from its last checkpoint (sources at their checkpointed
 * positions, each agent's state and waiting events from keyed state) and the commands, taken
 * together, are exactly those of a run without the failure.
 */
class FailoverTest {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = ReplayRuns.cluster();

    @TempDir
    Path dir;

    @Test
    void aRestoredJobEmitsWhatAFailureFreeRunEmits() throws Exception {
        Path rules = dir.resolve("examples.rules");
        Path connect = dir.resolve("connect.jsonl");
        Path salesforce = dir.resolve("salesforce.jsonl");
        Files.writeString(rules, DayFiles.exampleRules(), StandardCharsets.UTF_8);
        DayFiles.write(200, 7L, connect, salesforce);
        RuleSetVersion version = new RuleSetVersion(1, "examples.rules", Files.readAllBytes(rules));

        Map<String, List<String>> clean = run(version, connect, salesforce, 0);
        FailOnce.FAILED.set(false);
        FailOnce.CHECKPOINTS.set(0);
        Map<String, List<String>> restored = run(version, connect, salesforce, 2_000);

        assertTrue(FailOnce.FAILED.get(), "the failure was injected (checkpoints completed: " + FailOnce.CHECKPOINTS.get() + ")");
        assertTrue(clean.size() > 150, "agents with commands: " + clean.size());
        assertEquals(clean, restored);
    }

    private static Map<String, List<String>> run(RuleSetVersion rules, Path connect, Path salesforce, int failAfter)
            throws Exception {
        StreamExecutionEnvironment env = ReplayRuns.environment(2);
        env.enableCheckpointing(100);
        env.setRestartStrategy(RestartStrategies.fixedDelayRestart(1, 0));
        SyncJob.Options options = new SyncJob.Options(2, Duration.ofSeconds(5), SyncPolicy.defaults(), Engine.COMPILED);
        SyncJob.Events c = SyncJob.events(env.addSource(new JsonLinesSource(InputLine.CONNECT, List.of(connect.toString()))),
                "connect", options.outOfOrderness());
        SyncJob.Events s = SyncJob.events(env.addSource(new JsonLinesSource(InputLine.SALESFORCE, List.of(salesforce.toString()))),
                "salesforce", options.outOfOrderness());
        DataStream<TimedEvent> events = c.events();
        if (failAfter > 0) {
            events = events.map(new FailOnce(failAfter)).name("fail once");
        }
        SyncJob.Synced synced = SyncJob.sync(List.of(new SyncJob.Events(events, c.reports()), s),
                env.fromElements(rules), options);
        Map<String, List<String>> byAgent = new TreeMap<>();
        try (CloseableIterator<EmittedCommand> out = synced.commands().collectAsync()) {
            env.executeAsync("failover");
            while (out.hasNext()) {
                EmittedCommand command = out.next();
                byAgent.computeIfAbsent(command.agent, k -> new ArrayList<>()).add(command.kind + " " + command.json);
            }
        }
        return byAgent;
    }
}
