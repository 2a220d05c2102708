package dev.presync.flink.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.presync.cli.day.DayFiles;
import dev.presync.flink.connect.StandInCredentials;
import dev.presync.flink.connect.StatefulConnect;
import dev.presync.flink.source.Kinesalite;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.client.program.ClusterClient;
import org.apache.flink.runtime.client.JobStatusMessage;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.InjectClusterClient;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code presync-flink sync}, the entry point {@code bin/presync-flink sync} runs, end to end on
 * this machine: a generated day's Agent Event Stream records on a kinesalite stream partitioned by
 * AgentARN, the Connect stand-in, Omni-Channel events from a file, Salesforce commands to files.
 * What reaches Connect (status ids) and the Salesforce files must be, agent by agent, what {@code presync
 * replay} sends on the same day. The job runs until cancelled, so the test waits for the outcomes
 * and then cancels it.
 */
@ExtendWith(StandInCredentials.class)
class SyncCommandTest {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;



    @Test
    void theLiveJobSendsWhatAReplayOfTheSameDaySends(@InjectClusterClient ClusterClient<?> cluster) throws Exception {
        Path rules = dir.resolve("examples.rules");
        Path connect = dir.resolve("connect.jsonl");
        Path omni = dir.resolve("salesforce.jsonl");
        Path commands = dir.resolve("salesforce-commands");
        Files.writeString(rules, DayFiles.exampleRules(), StandardCharsets.UTF_8);
        DayFiles.write(20, 11L, connect, omni);
        Map<String, List<String>> wantConnect = new TreeMap<>();
        Map<String, List<String>> wantSalesforce = new TreeMap<>();
        replay(rules, connect, omni, wantConnect, wantSalesforce);

        try (Kinesalite kinesis = new Kinesalite(); StatefulConnect amazonConnect = new StatefulConnect()) {
            // One shard: the job's watermark follows the newest record read, and the connector reads
            // shards one batch at a time, so a second shard's older records would arrive late (docs/flink.md).
            kinesis.createStream("agent-events", 1);
            kinesis.putAll("agent-events", agentEventStream(connect));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int[] exit = {-1};
            Thread job = new Thread(() -> exit[0] = Main.run(new String[] {"sync", rules.toString(),
                    "--kinesis-stream", "agent-events", "--region", "us-east-1", "--connect-instance", StatefulConnect.INSTANCE,
                    "--salesforce-commands", commands.toString(), "--omni", omni.toString(),
                    "--endpoint-override", kinesis.endpoint, "--connect-endpoint", amazonConnect.endpoint(),
                    "--connect-rate", "1000000", "--connect-burst", "1000000", "--start-at", "TRIM_HORIZON",
                    "--checkpoint-interval", "1", "--out-of-orderness", "600", "--idle-after", "3"}, new PrintWriter(out), new PrintWriter(err)),
                    "presync-flink sync");
            job.start();
            Map<String, List<String>> gotConnect = Map.of();
            Map<String, List<String>> gotSalesforce = Map.of();
            // The last events can wait for the inputs' idleness (--idle-after) before they are due.
            for (int i = 0; i < 240 && job.isAlive() && !(gotConnect.equals(wantConnect) && gotSalesforce.equals(wantSalesforce)); i++) {
                Thread.sleep(500);
                gotConnect = byUsername(amazonConnect.history());
                gotSalesforce = salesforceCommands(commands);
            }
            for (JobStatusMessage running : cluster.listJobs().get()) {
                if (running.getJobState() == JobStatus.RUNNING) {
                    cluster.cancel(running.getJobId()).get();
                }
            }
            job.join(60_000);
            assertEquals(0, exit[0], "a cancelled live job ends fine: " + err);

            assertTrue(wantConnect.size() > 10 && wantSalesforce.size() > 10, "agents with commands: " + wantConnect.keySet());
            assertEquals(List.of(), differences(wantConnect, gotConnect), "Connect statuses set (job's stderr: " + err + ")");
            assertEquals(List.of(), differences(wantSalesforce, gotSalesforce), "Salesforce commands written");
        }
    }

    /** The agents whose commands differ, with both lists. */
    private static List<String> differences(Map<String, List<String>> want, Map<String, List<String>> got) {
        List<String> differ = new ArrayList<>();
        for (String agent : new java.util.TreeSet<>(union(want.keySet(), got.keySet()))) {
            if (!java.util.Objects.equals(want.get(agent), got.get(agent))) {
                differ.add(agent + ": replay sent " + want.get(agent) + ", the job " + got.get(agent));
            }
        }
        return differ;
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    /** What {@code presync replay} sends on the day: each agent's Connect and Salesforce statuses, in order. */
    private static void replay(Path rules, Path connect, Path omni, Map<String, List<String>> toConnect,
                               Map<String, List<String>> toSalesforce) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = dev.presync.cli.Main.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                new String[] {"replay", rules.toString(), "--connect", connect.toString(), "--salesforce", omni.toString()});
        assertTrue(exit <= 1, err.toString()); // the generated day has a few bad lines on purpose
        for (String line : out.toString().split("\n")) {
            JsonNode command = JSON.readTree(line);
            if (command.has("destination")) {
                boolean isConnect = command.path("destination").asText().equals("Connect");
                String state = command.path("state").asText();
                (isConnect ? toConnect : toSalesforce).computeIfAbsent(command.path("agent").asText(), k -> new ArrayList<>())
                        .add(isConnect ? StatefulConnect.statusId(state) : state);
            }
        }
    }

    /**
     * The day's Connect records as the Agent Event Stream puts them on Kinesis (partition key the
     * AgentARN), and last a copy of the last state change a day later (a heartbeat is no event and
     * has no event time): it moves the event time on so that
     * every real record is due (the job holds events until the watermark passes them) and is itself
     * never run.
     */
    private static List<String[]> agentEventStream(Path connect) throws IOException {
        List<String[]> records = new ArrayList<>();
        String last = null;
        for (String line : Files.readAllLines(connect, StandardCharsets.UTF_8)) {
            JsonNode record;
            try {
                record = JSON.readTree(line);
            } catch (IOException badLineOnPurpose) {
                records.add(new String[] {"unreadable", line});
                continue;
            }
            String arn = record.path("AgentARN").asText();
            records.add(new String[] {arn.isEmpty() ? "no AgentARN" : arn, line});
            if (record.path("EventTimestamp").isTextual() && !arn.isEmpty() && !"HEART_BEAT".equals(record.path("EventType").asText())) {
                last = line;
            }
        }
        JsonNode record = JSON.readTree(last);
        String time = record.path("EventTimestamp").asText();
        String later = Instant.parse(time).plusSeconds(86_400).toString();
        records.add(new String[] {record.path("AgentARN").asText(), last.replace("\"" + time + "\"", "\"" + later + "\"")});
        return records;
    }

    /** The stand-in's statuses by username (its UserIds are {@code id-USERNAME}). */
    private static Map<String, List<String>> byUsername(Map<String, List<String>> history) {
        Map<String, List<String>> by = new TreeMap<>();
        history.forEach((user, statuses) -> by.put(user.substring("id-".length()), statuses));
        return by;
    }

    /** The Salesforce command lines written so far (finished and in-progress files), by agent. */
    private static Map<String, List<String>> salesforceCommands(Path commands) throws IOException {
        Map<String, List<String>> by = new TreeMap<>();
        if (!Files.isDirectory(commands)) {
            return by;
        }
        List<Path> files;
        try (Stream<Path> all = Files.walk(commands)) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            } catch (NoSuchFileException renamedMeanwhile) {
                return Map.of();
            }
            for (String line : lines) {
                if (line.endsWith("}")) {
                    JsonNode command = JSON.readTree(line);
                    by.computeIfAbsent(command.path("agent").asText(), k -> new ArrayList<>()).add(command.path("statusApiName").asText());
                }
            }
        }
        return by;
    }
}
