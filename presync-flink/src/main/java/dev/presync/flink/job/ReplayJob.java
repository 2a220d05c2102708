package dev.presync.flink.job;

import dev.presync.flink.source.InputLine;
import dev.presync.flink.source.JsonLinesSource;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

/**
 * The what-if replay as a Flink job: archived Agent Event Stream records and Omni-Channel events
 * from files or directories, the systems simulated, and on {@code out} the JSON lines
 * {@code presync replay} prints (for each agent the same lines in the same order; agents may
 * interleave differently). Bad lines, oscillation warnings and the summary go to {@code err}.
 */
public final class ReplayJob {
    /** The counts of the run, from the job's accumulators. */
    public record Result(Map<String, Object> counts) {
        public long count(String name) {
            Object v = counts.get(name);
            return v instanceof Number n ? n.longValue() : 0;
        }

        public String summary() {
            return "replay: " + (count(Reports.EVENTS) + count(Reports.IGNORED) + count(Reports.BAD)) + " input lines: "
                    + count(Reports.EVENTS) + " events, " + count(Reports.IGNORED) + " ignored, " + count(Reports.BAD)
                    + " bad; " + count(Reports.ECHOES) + " echoes, " + count(Reports.UNCHANGED) + " unchanged; commands: "
                    + count(Reports.SENT) + " sent, " + count(Reports.SKIPPED) + " skipped, " + count(Reports.STOPPED)
                    + " stopped, " + count(Reports.FAILED) + " failed; " + count(Reports.OSCILLATIONS) + " oscillations";
        }
    }

    private ReplayJob() {
    }

    /** Builds the replay on {@code env}; the returned stream has stdout lines prefixed {@code O} and stderr text prefixed {@code E}. */
    public static DataStream<String> build(StreamExecutionEnvironment env, RuleSetVersion rules, List<String> connectFiles,
                                           List<String> salesforceFiles, SyncJob.Options options) {
        env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
        env.setParallelism(options.parallelism());
        List<SyncJob.Events> inputs = new ArrayList<>();
        if (connectFiles != null) {
            inputs.add(SyncJob.events(env.addSource(new JsonLinesSource(InputLine.CONNECT, connectFiles), "connect files")
                    .uid("connect-files"), "connect", options.outOfOrderness()));
        }
        if (salesforceFiles != null) {
            inputs.add(SyncJob.events(env.addSource(new JsonLinesSource(InputLine.SALESFORCE, salesforceFiles), "salesforce files")
                    .uid("salesforce-files"), "salesforce", options.outOfOrderness()));
        }
        SyncJob.Synced synced = SyncJob.sync(inputs, env.fromElements(rules).name("rule set").uid("rule-set"), options);
        DataStream<String> printed = synced.commands()
                .filter(c -> c.kind != EmittedCommand.Kind.SKIPPED).name("printed").uid("printed")
                .map(c -> "O" + c.json).name("stdout").uid("stdout");
        return printed.union(synced.reports().map(r -> "E" + r).name("stderr").uid("stderr"));
    }

    /** Runs the replay and prints as it goes; returns the counts. */
    public static Result run(StreamExecutionEnvironment env, RuleSetVersion rules, List<String> connectFiles,
                             List<String> salesforceFiles, SyncJob.Options options, PrintWriter out, PrintWriter err)
            throws Exception {
        DataStream<String> output = build(env, rules, connectFiles, salesforceFiles, options);
        try (CloseableIterator<String> lines = output.collectAsync()) {
            JobClient job = env.executeAsync("presync replay");
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.charAt(0) == 'O') {
                    out.println(line.substring(1));
                } else {
                    out.flush();
                    err.print(line.substring(1));
                    err.flush();
                }
            }
            out.flush();
            JobExecutionResult result = job.getJobExecutionResult().get();
            Result counts = new Result(result.getAllAccumulatorResults());
            if (counts.count(Reports.LATE) > 0) {
                err.println("presync-flink: " + counts.count(Reports.LATE) + " late events were handled out of time order"
                        + " (raise --out-of-orderness)");
            }
            err.println(counts.summary());
            err.flush();
            return counts;
        }
    }
}
