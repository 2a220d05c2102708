package dev.presync.flink.job;

import dev.presync.compiler.Engine;
import dev.presync.flink.connect.ConnectCommand;
import dev.presync.flink.source.InputLine;
import dev.presync.sync.SyncPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The job's graph, in pieces a caller (the CLI, a test, an embedder) puts together: each input's
 * lines are read and stamped where they are read, with their own watermarks (so a fast input cannot
 * make a slow one's events late), then all events meet in {@link AgentSyncFunction}, keyed by agent,
 * with the rule sets on the broadcast side.
 */
public final class SyncJob {
    /**
     * @param outOfOrderness how far behind the newest time seen an input's events may still come
     *                       without being late
     */
    public record Options(int parallelism, Duration outOfOrderness, SyncPolicy policy, Engine engine) {
    }

    /** The events of one input, and the reports of its bad lines. */
    public record Events(DataStream<TimedEvent> events, DataStream<String> reports) {
    }

    /** The commands, and every report of the whole job. */
    public record Synced(SingleOutputStreamOperator<EmittedCommand> commands, DataStream<String> reports) {
    }

    private SyncJob() {
    }

    /** Reads {@code lines} into events stamped with their time; an input quiet for a minute stops holding the watermark back. */
    public static Events events(DataStream<InputLine> lines, String name, Duration outOfOrderness) {
        return events(lines, name, outOfOrderness, Duration.ofMinutes(1));
    }

    /**
     * Reads {@code lines} into events stamped with their time.
     *
     * @param idleAfter how long an input may send nothing before the job stops waiting for it to
     *                  move the watermark (its events so far then run)
     */
    public static Events events(DataStream<InputLine> lines, String name, Duration outOfOrderness, Duration idleAfter) {
        SingleOutputStreamOperator<TimedEvent> read = lines.process(new LineParser()).name("read " + name).uid("read-" + name);
        DataStream<TimedEvent> stamped = read.assignTimestampsAndWatermarks(WatermarkStrategy
                        .<TimedEvent>forBoundedOutOfOrderness(outOfOrderness)
                        .withTimestampAssigner((e, previous) -> e.epochMilli())
                        .withIdleness(idleAfter))
                .name("event time " + name).uid("event-time-" + name);
        return new Events(stamped, read.getSideOutput(Reports.TAG));
    }

    /** Runs the engine over every input's events, keyed by agent. */
    public static Synced sync(List<Events> inputs, DataStream<RuleSetVersion> rules, Options options) {
        DataStream<TimedEvent> events = inputs.get(0).events();
        List<DataStream<String>> reports = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (i > 0) {
                events = events.union(inputs.get(i).events());
            }
            reports.add(inputs.get(i).reports());
        }
        SingleOutputStreamOperator<EmittedCommand> commands = events.keyBy(e -> e.agent)
                .connect(rules.broadcast(AgentSyncFunction.RULES))
                .process(new AgentSyncFunction(options.policy(), options.engine()))
                .name("sync by agent").uid("agent-sync");
        DataStream<String> all = commands.getSideOutput(Reports.TAG);
        for (DataStream<String> r : reports) {
            all = all.union(r);
        }
        return new Synced(commands, all);
    }

    /** The Connect commands, sent and skipped, as the Connect sink takes them. */
    public static DataStream<ConnectCommand> connectCommands(DataStream<EmittedCommand> commands) {
        return commands.filter(c -> c.kind != EmittedCommand.Kind.OSCILLATION && "Connect".equals(c.destination))
                .name("Connect commands").uid("connect-commands")
                .map(c -> {
                    ConnectCommand command = new ConnectCommand(c.id, c.agent, c.state, c.rule, c.ruleSetVersion, c.time);
                    command.skipped = c.kind == EmittedCommand.Kind.SKIPPED ? c.detail : null;
                    return command;
                }).name("to Connect command").uid("to-connect-command");
    }

    /** The Salesforce commands sent, as the JSON lines a console component applies (docs/flink.md). */
    public static DataStream<String> salesforceLines(DataStream<EmittedCommand> commands) {
        return commands.filter(c -> c.kind == EmittedCommand.Kind.SENT && "Salesforce".equals(c.destination))
                .name("Salesforce commands").uid("salesforce-commands")
                .map(SalesforceCommandLine::of).name("to Salesforce line").uid("to-salesforce-line");
    }
}
