package dev.presync.flink.job;

import dev.presync.cli.day.DayFiles;
import dev.presync.compiler.Engine;
import dev.presync.flink.source.InputLine;
import dev.presync.flink.source.JsonLinesSource;
import dev.presync.sync.SyncPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.api.common.restartstrategy.RestartStrategies;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.CheckpointConfig;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

/**
 * The figures of docs/performance.md's Flink section, in one run on one generated day: events per
 * second through {@code presync replay} and through the job at parallelism 1 and 2, checkpoint
 * sizes, and the time from a failure until the job runs again from its checkpoint. A measurement,
 * not a test: run it by hand (the command is in docs/performance.md).
 */
public final class FlinkFigures {
    private FlinkFigures() {
    }

    public static void main(String[] args) throws Exception {
        int agents = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = Files.createTempDirectory("presync-flink-figures");
        Path rules = dir.resolve("examples.rules");
        Path connect = dir.resolve("connect.jsonl");
        Path salesforce = dir.resolve("salesforce.jsonl");
        Files.writeString(rules, DayFiles.exampleRules(), StandardCharsets.UTF_8);
        DayFiles.write(agents, 20261124L, connect, salesforce);
        RuleSetVersion version = new RuleSetVersion(1, rules.toString(), Files.readAllBytes(rules));
        List<String> c = List.of(connect.toString());
        List<String> s = List.of(salesforce.toString());
        System.out.printf("day: %d agents, %d + %d lines%n", agents, lines(connect), lines(salesforce));

        long t0 = System.nanoTime();
        ReplayRuns.Run local = ReplayRuns.cli(List.of(rules.toString(), "--connect", connect.toString(), "--salesforce", salesforce.toString()));
        double localSeconds = (System.nanoTime() - t0) / 1e9;
        long events = Long.parseLong(local.summary().replaceAll("^replay: \\d+ input lines: (\\d+) events.*$", "$1"));
        System.out.printf("presync replay: %.1f s, %.0f events/s (%d events)%n", localSeconds, events / localSeconds, events);

        for (int p : new int[] {1, 2}) {
            StreamExecutionEnvironment env = local(p, null);
            long t = System.nanoTime();
            ReplayJob.Result r = ReplayJob.run(env, version, c, s, options(p), new PrintWriter(Writer.nullWriter()),
                    new PrintWriter(new StringWriter()));
            double seconds = (System.nanoTime() - t) / 1e9;
            System.out.printf("presync-flink replay, parallelism %d: %.1f s with the mini cluster's start, %.0f events/s (%d events)%n",
                    p, seconds, r.count(Reports.EVENTS) / seconds, r.count(Reports.EVENTS));
        }

        Path checkpoints = dir.resolve("checkpoints");
        StreamExecutionEnvironment env = local(2, checkpoints);
        env.enableCheckpointing(1000);
        env.getCheckpointConfig().setExternalizedCheckpointCleanup(CheckpointConfig.ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION);
        env.setRestartStrategy(RestartStrategies.fixedDelayRestart(1, 0));
        SyncJob.Options options = options(2);
        SyncJob.Events ce = SyncJob.events(env.addSource(new JsonLinesSource(InputLine.CONNECT, c)), "connect", options.outOfOrderness());
        SyncJob.Events se = SyncJob.events(env.addSource(new JsonLinesSource(InputLine.SALESFORCE, s)), "salesforce", options.outOfOrderness());
        DataStream<TimedEvent> failing = ce.events().map(new FailOnce((int) (lines(connect) / 2))).name("fail once");
        SyncJob.Synced synced = SyncJob.sync(List.of(new SyncJob.Events(failing, ce.reports()), se), env.fromElements(version), options);
        long t = System.nanoTime();
        long emitted = 0;
        try (CloseableIterator<EmittedCommand> out = synced.commands().collectAsync()) {
            env.executeAsync("figures: failover").getJobExecutionResult().get();
            while (out.hasNext()) {
                out.next();
                emitted++;
            }
        }
        System.out.printf("with a failure at the middle of the Connect input: %.1f s, %d commands; failure to running again: %s%n",
                (System.nanoTime() - t) / 1e9, emitted, FailOnce.REOPENED_AT.get() == 0 ? "(no failure happened)"
                        : String.format("%.2f s", (FailOnce.REOPENED_AT.get() - FailOnce.FAILED_AT.get()) / 1e9));
        try (Stream<Path> all = Files.walk(checkpoints)) {
            all.filter(p -> p.getFileName().toString().startsWith("chk-")).sorted().forEach(p ->
                    System.out.printf("checkpoint %s: %d bytes%n", p.getFileName(), size(p)));
        }
    }

    private static SyncJob.Options options(int parallelism) {
        return new SyncJob.Options(parallelism, Duration.ofSeconds(5), SyncPolicy.defaults(), Engine.COMPILED);
    }

    private static StreamExecutionEnvironment local(int parallelism, Path checkpoints) {
        Configuration config = new Configuration();
        config.setString("taskmanager.numberOfTaskSlots", String.valueOf(parallelism));
        if (checkpoints != null) {
            config.setString("state.checkpoints.dir", checkpoints.toUri().toString());
            config.setString("state.checkpoints.num-retained", "1000");
        }
        return StreamExecutionEnvironment.createLocalEnvironment(parallelism, config);
    }

    private static long lines(Path p) throws IOException {
        try (Stream<String> l = Files.lines(p)) {
            return l.count();
        }
    }

    private static long size(Path p) {
        try (Stream<Path> all = Files.walk(p)) {
            return all.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }
}
