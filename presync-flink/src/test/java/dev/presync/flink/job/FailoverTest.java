package dev.presync.flink.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.cli.day.DayFiles;
import dev.presync.compiler.Engine;
import dev.presync.flink.connect.ConnectSinkOperator;
import dev.presync.flink.connect.ConnectSinkSettings;
import dev.presync.flink.connect.StandInCredentials;
import dev.presync.flink.connect.StatefulConnect;
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
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.apache.flink.test.junit5.MiniClusterExtension;

/**
 * A failure mid-stream: the job restores from its last checkpoint (sources at their checkpointed
 * positions, each agent's state and waiting events from keyed state, the Connect sink's outbox) and
 * the commands, taken together, are exactly those of a run without the failure. The Connect sink
 * is in the pipeline, against a Connect stand-in that keeps each user's status: what it sent again
 * after the restore is a replay of what it had sent since the checkpoint, and every agent ends with
 * the status the failure-free run left (effectively once).
 */
@ExtendWith(StandInCredentials.class)
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
        DayFiles.write(100, 7L, connect, salesforce);
        RuleSetVersion version = new RuleSetVersion(1, "examples.rules", Files.readAllBytes(rules));

        Outcome clean = run(version, connect, salesforce, 0);
        FailOnce.FAILED.set(false);
        FailOnce.CHECKPOINTS.set(0);
        Outcome restored = run(version, connect, salesforce, 1_000);

        assertTrue(FailOnce.FAILED.get(), "the failure was injected (checkpoints completed: " + FailOnce.CHECKPOINTS.get() + ")");
        assertTrue(clean.commands.size() > 75, "agents with commands: " + clean.commands.size());
        assertEquals(clean.commands, restored.commands);

        assertTrue(clean.connect.size() > 50, "users whose status was set: " + clean.connect.size());
        assertEquals(clean.connect.keySet(), restored.connect.keySet());
        int resent = 0;
        for (Map.Entry<String, List<String>> user : clean.connect.entrySet()) {
            List<String> once = user.getValue();
            List<String> again = restored.connect.get(user.getKey());
            int repeated = again.size() - once.size();
            assertTrue(isReplayFromACheckpoint(once, again), user.getKey() + ": " + once + " then, with the failure, " + again);
            resent += repeated;
        }
        assertTrue(resent > 0, "the restored job sent some commands again");
        Map<String, String> finalClean = new TreeMap<>();
        clean.connect.forEach((user, statuses) -> finalClean.put(user, statuses.get(statuses.size() - 1)));
        Map<String, String> finalRestored = new TreeMap<>();
        restored.connect.forEach((user, statuses) -> finalRestored.put(user, statuses.get(statuses.size() - 1)));
        assertEquals(finalClean, finalRestored, resent + " PutUserStatus requests were sent again ("
                + restored.unchanged + " of them set the status the user already had)");
    }

    /**
     * Whether {@code again} is {@code once} with a stretch sent twice: everything up to the failure,
     * then everything from the checkpoint on ({@code once[0, j) + once[i, n)} with {@code i <= j}).
     */
    static boolean isReplayFromACheckpoint(List<String> once, List<String> again) {
        int repeated = again.size() - once.size();
        if (repeated < 0) {
            return false;
        }
        for (int j = repeated; j <= once.size(); j++) {
            int i = j - repeated;
            List<String> expected = new ArrayList<>(once.subList(0, j));
            expected.addAll(once.subList(i, once.size()));
            if (expected.equals(again)) {
                return true;
            }
        }
        return false;
    }

    /** The commands each agent got, and what the Connect stand-in was asked to set, by user. */
    private record Outcome(Map<String, List<String>> commands, Map<String, List<String>> connect, int unchanged) {
    }

    private static Outcome run(RuleSetVersion rules, Path connect, Path salesforce, int failAfter) throws Exception {
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
        try (StatefulConnect amazonConnect = new StatefulConnect()) {
            // A budget that never makes a command wait, so no command is coalesced and both runs send the same.
            ConnectSinkOperator.attach(SyncJob.connectCommands(synced.commands()), new ConnectSinkSettings(
                    StatefulConnect.INSTANCE, "us-east-1", amazonConnect.endpoint(), 1e9, 1_000_000, 300));
            try (CloseableIterator<EmittedCommand> out = synced.commands().collectAsync()) {
                JobClient job = env.executeAsync("failover");
                while (out.hasNext()) {
                    EmittedCommand command = out.next();
                    byAgent.computeIfAbsent(command.agent, k -> new ArrayList<>()).add(command.kind + " " + command.json);
                }
                job.getJobExecutionResult().get(); // the Connect sink may still be sending when the last command is read
            }
            return new Outcome(byAgent, amazonConnect.history(), amazonConnect.unchanged());
        }
    }
}
