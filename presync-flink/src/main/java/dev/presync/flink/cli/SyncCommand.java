package dev.presync.flink.cli;

import dev.presync.flink.connect.ConnectOutcome;
import dev.presync.flink.connect.ConnectSinkFunction;
import dev.presync.flink.connect.ConnectSinkOperator;
import dev.presync.flink.connect.ConnectSinkSettings;
import dev.presync.flink.job.RuleSetVersion;
import dev.presync.flink.job.SalesforceCommandSinks;
import dev.presync.flink.job.SyncJob;
import dev.presync.flink.source.InputFiles;
import dev.presync.flink.source.InputLine;
import dev.presync.flink.source.JsonLinesSource;
import dev.presync.flink.source.KinesisLines;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code presync-flink sync}: the live job. Agent Event Stream records from Kinesis (and
 * Omni-Channel events from Kinesis or files) in; Connect statuses set with PutUserStatus, and
 * Salesforce commands written as JSON lines for the console component; every Connect outcome and
 * every report printed.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Runs the live sync: reads the Agent Event Stream from Kinesis, sets statuses in Amazon Connect"
                + " and writes Salesforce commands as JSON lines for the console component. Runs until cancelled.",
                "The same jar runs on a cluster: flink run presync-flink.jar sync ..."})
final class SyncCommand implements Callable<Integer> {
    private static final String KINESIS = "kinesis:";

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--kinesis-stream", required = true, paramLabel = "NAME", description = "The Kinesis stream the Agent Event Stream goes to.")
    String stream;

    @Option(names = "--region", required = true, paramLabel = "R", description = "The AWS region of the stream and the Connect instance.")
    String region;

    @Option(names = "--connect-instance", required = true, paramLabel = "ID", description = "The Amazon Connect instance id.")
    String instance;

    @Option(names = "--salesforce-commands", required = true, paramLabel = "SINK",
            description = "Where Salesforce commands go: kinesis:STREAM, or a directory for rolling JSON-lines files.")
    String salesforceSink;

    @Option(names = "--omni", paramLabel = "SOURCE",
            description = "Omni-Channel events: kinesis:STREAM, or a file or directory of JSON lines.")
    String omni;

    @Option(names = "--endpoint-override", paramLabel = "URL",
            description = "Talk to this endpoint instead of AWS's for Kinesis and Connect (a local test server).")
    String endpoint;

    @Option(names = "--connect-endpoint", paramLabel = "URL", description = "A different endpoint for Connect than for Kinesis.")
    String connectEndpoint;

    @Option(names = "--connect-rate", paramLabel = "PER_SECOND", defaultValue = "2",
            description = "PutUserStatus requests a second for the account (default: ${DEFAULT-VALUE}).")
    double connectRate;

    @Option(names = "--connect-burst", paramLabel = "N", defaultValue = "5", description = "Requests that may be saved up (default: ${DEFAULT-VALUE}).")
    int connectBurst;

    @Option(names = "--start-at", paramLabel = "POSITION", defaultValue = "LATEST",
            description = "Where a new job starts reading: LATEST or TRIM_HORIZON (default: ${DEFAULT-VALUE}).")
    String startAt;

    @Option(names = "--checkpoint-interval", paramLabel = "SECONDS", defaultValue = "10",
            description = "Seconds between checkpoints (default: ${DEFAULT-VALUE}).")
    long checkpointInterval;

    @Option(names = "--idle-after", paramLabel = "SECONDS", defaultValue = "60",
            description = "Seconds an input may be quiet before the job stops waiting for it (default: ${DEFAULT-VALUE}).")
    long idleAfter;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String problem = common.problem();
        if (problem == null && (connectRate <= 0 || connectBurst < 1 || checkpointInterval < 1 || idleAfter < 1)) {
            problem = "--connect-rate must be positive, --connect-burst, --checkpoint-interval and --idle-after at least 1";
        }
        if (problem != null) {
            err.println("presync-flink: " + problem);
            return Main.USAGE;
        }
        int[] exit = {Main.OK};
        RuleSetVersion rules = common.readRules(err, exit);
        if (rules == null) {
            return exit[0];
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(common.parallelism);
        env.enableCheckpointing(checkpointInterval * 1000, CheckpointingMode.EXACTLY_ONCE);
        List<SyncJob.Events> inputs = new ArrayList<>();
        inputs.add(SyncJob.events(env.addSource(KinesisLines.consumer(InputLine.CONNECT, stream, region, endpoint, startAt))
                .name("agent event stream").uid("agent-event-stream"), "connect", common.options().outOfOrderness(),
                java.time.Duration.ofSeconds(idleAfter)));
        if (omni != null) {
            DataStream<InputLine> lines;
            if (omni.startsWith(KINESIS)) {
                lines = env.addSource(KinesisLines.consumer(InputLine.SALESFORCE, omni.substring(KINESIS.length()), region,
                        endpoint, startAt)).name("omni-channel events").uid("omni-events");
            } else {
                try {
                    lines = env.addSource(new JsonLinesSource(InputLine.SALESFORCE, InputFiles.list(omni)))
                            .name("omni-channel files").uid("omni-files");
                } catch (IOException e) {
                    err.println("presync-flink: cannot read " + omni + ": " + e.getMessage());
                    return Main.USAGE;
                }
            }
            inputs.add(SyncJob.events(lines, "salesforce", common.options().outOfOrderness(), java.time.Duration.ofSeconds(idleAfter)));
        }
        SyncJob.Synced synced = SyncJob.sync(inputs, env.fromElements(rules).name("rule set").uid("rule-set"), common.options());
        String connectAt = connectEndpoint != null ? connectEndpoint : endpoint;
        SingleOutputStreamOperator<Void> connect = ConnectSinkOperator.attach(SyncJob.connectCommands(synced.commands()),
                new ConnectSinkSettings(instance, region, connectAt, connectRate, connectBurst, 300));
        connect.getSideOutput(ConnectSinkFunction.OUTCOMES).map(ConnectOutcome::toString).name("Connect outcomes")
                .uid("connect-outcomes").print("connect").setParallelism(1);
        DataStream<String> salesforce = SyncJob.salesforceLines(synced.commands());
        SalesforceCommandSinks.attach(salesforce, salesforceSink, region, endpoint);
        synced.reports().printToErr().name("reports").setParallelism(1);
        try {
            env.execute("presync sync");
        } catch (Exception e) {
            // Cancelling is how a live job ends (flink cancel, the web UI): not an error.
            if (!cancelled(e)) {
                throw e;
            }
            err.println("presync-flink: the job was cancelled");
        }
        return Main.OK;
    }

    private static boolean cancelled(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.flink.runtime.client.JobCancellationException) {
                return true;
            }
        }
        return false;
    }
}
