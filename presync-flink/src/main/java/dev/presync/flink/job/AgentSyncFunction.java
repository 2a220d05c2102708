package dev.presync.flink.job;

import dev.presync.cli.replay.ReplayWriter;
import dev.presync.compiler.Compilation;
import dev.presync.compiler.Engine;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.runtime.RuleSet;
import dev.presync.sync.AgentSnapshot;
import dev.presync.sync.AgentSync;
import dev.presync.sync.CommandResult;
import dev.presync.sync.Outcome;
import dev.presync.sync.SourceEvent;
import dev.presync.sync.SyncPolicy;
import dev.presync.sync.replay.ReplayItem;
import dev.presync.sync.replay.SimulatedSystems;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeHint;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The sync engine inside Flink: the stream is keyed by agent, and each agent's
 * {@link AgentSnapshot} lives in Flink keyed state, so it is checkpointed, restored and
 * redistributed when the job is rescaled.
 *
 * <p>Order: an agent's events wait in keyed state until the watermark passes their time, then run
 * in time order, ties broken as {@code presync replay} breaks them (the Connect input first, then
 * input order). An event that arrives behind the watermark is late: it runs at once, is counted
 * and reported, never dropped.
 *
 * <p>Rules: a rule set arrives on the broadcast side with a version; each task compiles it once
 * and swaps it in between two events (broadcast and keyed elements are handled by the same thread),
 * so no event sees a half-loaded set, and every command names the version that produced it. A
 * rule set with errors is reported and the one before stays.
 *
 * <p>The two systems are simulated per event, as in a replay: each command sent comes back as an
 * echo that runs before the agent's next event. In a live job the real systems also report the
 * change; the engine treats that second report as a change to a status it already has.
 */
public final class AgentSyncFunction extends KeyedBroadcastProcessFunction<String, TimedEvent, RuleSetVersion, EmittedCommand> {
    private static final long serialVersionUID = 1L;
    private static final String ECHO_OF = "echo of ";
    /** The broadcast state: the current rule set, under {@link #CURRENT}. */
    public static final MapStateDescriptor<String, RuleSetVersion> RULES =
            new MapStateDescriptor<>("rules", Types.STRING, TypeInformation.of(RuleSetVersion.class));
    private static final String CURRENT = "current";

    private final boolean suppressEchoes;
    private final int chainLimit;
    private final Engine engine;
    private transient ValueState<AgentStateData> agentState;
    private transient MapState<Long, List<TimedEvent>> waiting;
    private transient long loadedVersion;
    private transient AgentSync sync;
    private transient SimulatedSystems systems;
    private transient Map<String, LongCounter> counters;

    public AgentSyncFunction(SyncPolicy policy, Engine engine) {
        this.suppressEchoes = policy.suppressEchoes();
        this.chainLimit = policy.chainLimit();
        this.engine = engine;
    }

    @Override
    public void open(Configuration parameters) {
        agentState = getRuntimeContext().getState(new ValueStateDescriptor<>("agent", AgentStateData.class));
        waiting = getRuntimeContext().getMapState(new MapStateDescriptor<>("waiting", Types.LONG,
                new TypeHint<List<TimedEvent>>() {
                }.getTypeInfo()));
        systems = new SimulatedSystems();
        loadedVersion = -1;
        counters = new java.util.HashMap<>();
        for (String name : List.of(Reports.ECHOES, Reports.UNCHANGED, Reports.SENT, Reports.SKIPPED, Reports.STOPPED,
                Reports.FAILED, Reports.OSCILLATIONS, Reports.LATE)) {
            counters.put(name, getRuntimeContext().getLongCounter(name));
        }
    }

    @Override
    public void processBroadcastElement(RuleSetVersion rules, Context ctx, Collector<EmittedCommand> out) throws Exception {
        BroadcastState<String, RuleSetVersion> state = ctx.getBroadcastState(RULES);
        RuleSetVersion current = state.get(CURRENT);
        if (current != null && current.version >= rules.version) {
            return;
        }
        Compilation compilation = PresyncCompiler.compileBytes(rules.name, rules.text);
        if (compilation.hasErrors()) {
            if (getRuntimeContext().getIndexOfThisSubtask() == 0) {
                ctx.output(Reports.TAG, compilation.render() + "presync-flink: rule set version " + rules.version
                        + " has errors; version " + (current == null ? "(none)" : current.version) + " stays\n");
            }
            return;
        }
        state.put(CURRENT, rules);
        load(rules.version, compilation);
    }

    private void load(long version, Compilation compilation) {
        RuleSet ruleSet = PresyncCompiler.load(compilation, engine);
        sync = new AgentSync(ruleSet, systems, systems, new SyncPolicy(suppressEchoes, chainLimit));
        loadedVersion = version;
    }

    /** After a restore the broadcast state has the rule set but this task has not compiled it yet. */
    private void ensureLoaded(ReadOnlyBroadcastState<String, RuleSetVersion> state) throws Exception {
        RuleSetVersion current = state.get(CURRENT);
        if (current == null) {
            throw new IllegalStateException("an event reached the sync before any rule set");
        }
        if (current.version != loadedVersion) {
            load(current.version, PresyncCompiler.compileBytes(current.name, current.text));
        }
    }

    @Override
    public void processElement(TimedEvent event, ReadOnlyContext ctx, Collector<EmittedCommand> out) throws Exception {
        long at = event.epochMilli();
        boolean rulesKnown = ctx.getBroadcastState(RULES).contains(CURRENT);
        if (!rulesKnown) {
            // Nothing can run before the first rule set: wait for it, then for the watermark.
            at = Math.max(at, ctx.timerService().currentWatermark() + 1);
        } else if (at <= ctx.timerService().currentWatermark()) {
            counters.get(Reports.LATE).add(1);
            ctx.output(Reports.TAG, event.line.origin() + ": warning: late event for agent " + event.agent + " at "
                    + Instant.ofEpochSecond(event.epochSecond, event.nano) + ", behind the watermark "
                    + Instant.ofEpochMilli(ctx.timerService().currentWatermark()) + "; handled out of time order\n");
            ensureLoaded(ctx.getBroadcastState(RULES));
            run(event, ctx, out);
            return;
        }
        List<TimedEvent> bucket = waiting.get(at);
        if (bucket == null) {
            bucket = new ArrayList<>(1);
            ctx.timerService().registerEventTimeTimer(at);
        }
        bucket.add(event);
        waiting.put(at, bucket);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<EmittedCommand> out) throws Exception {
        List<TimedEvent> bucket = waiting.get(timestamp);
        if (bucket == null) {
            return;
        }
        waiting.remove(timestamp);
        ensureLoaded(ctx.getBroadcastState(RULES));
        bucket.sort(TimedEvent.ORDER);
        for (TimedEvent event : bucket) {
            run(event, ctx, out);
        }
    }

    /** One event and the echoes of what it sent, as {@code Replayer} handles an item. */
    private void run(TimedEvent event, ReadOnlyContext ctx, Collector<EmittedCommand> out) throws Exception {
        ReplayItem item = LineReading.read(event.line);
        if (!(item instanceof ReplayItem.Timed timed)) {
            throw new IllegalStateException("a line read as an event no longer does: " + event.line.origin());
        }
        AgentStateData saved = agentState.value();
        AgentSnapshot state = saved == null ? null : saved.snapshot();
        state = step(state, timed.time(), timed.origin(), timed.event(), false, ctx, out);
        for (SourceEvent echo = systems.nextEcho(); echo != null; echo = systems.nextEcho()) {
            state = step(state, timed.time(), ECHO_OF + timed.origin(), echo, true, ctx, out);
        }
        agentState.update(AgentStateData.of(state));
    }

    private AgentSnapshot step(AgentSnapshot saved, Instant time, String input, SourceEvent event, boolean echo,
                               ReadOnlyContext ctx, Collector<EmittedCommand> out) {
        AgentSync.Step step = sync.accept(saved, event);
        Outcome o = step.outcome();
        if (o.kind() == Outcome.Kind.ECHO || (o.kind() == Outcome.Kind.EVALUATED && echo)) {
            counters.get(Reports.ECHOES).add(1);
        } else if (o.kind() == Outcome.Kind.UNCHANGED) {
            counters.get(Reports.UNCHANGED).add(1);
        }
        int index = 0;
        for (CommandResult r : o.commands()) {
            String id = input + "#" + index++;
            switch (r.status()) {
                case SENT -> {
                    counters.get(Reports.SENT).add(1);
                    out.collect(emitted(EmittedCommand.Kind.SENT, id, time, r,
                            ReplayWriter.commandLine(time, r.command(), input, o.ruleEvent())));
                }
                case SKIPPED -> {
                    counters.get(Reports.SKIPPED).add(1);
                    EmittedCommand skipped = emitted(EmittedCommand.Kind.SKIPPED, id, time, r, "");
                    skipped.detail = r.detail();
                    out.collect(skipped);
                }
                case STOPPED -> counters.get(Reports.STOPPED).add(1);
                case FAILED -> counters.get(Reports.FAILED).add(1);
            }
        }
        if (o.oscillation() != null) {
            counters.get(Reports.OSCILLATIONS).add(1);
            EmittedCommand stopped = new EmittedCommand();
            stopped.kind = EmittedCommand.Kind.OSCILLATION;
            stopped.agent = o.oscillation().agent();
            stopped.destination = o.oscillation().stopped().destination().spelling();
            stopped.state = o.oscillation().stopped().state();
            stopped.rule = o.oscillation().stopped().rule();
            stopped.ruleSetVersion = loadedVersion;
            stopped.id = input + "#oscillation";
            stopped.time = time.toEpochMilli();
            stopped.json = ReplayWriter.oscillationLine(time, o.oscillation(), input, o.ruleEvent());
            out.collect(stopped);
            ctx.output(Reports.TAG, input + ": warning: oscillation for agent " + o.oscillation().agent() + ": stopped after "
                    + o.oscillation().sent() + " rule-caused commands; rules involved: "
                    + String.join(", ", o.oscillation().rules()) + "\n");
        }
        return step.state();
    }

    private EmittedCommand emitted(EmittedCommand.Kind kind, String id, Instant time, CommandResult r, String json) {
        EmittedCommand e = new EmittedCommand();
        e.kind = kind;
        e.agent = r.command().agent();
        e.destination = r.command().destination().spelling();
        e.state = r.command().state();
        e.rule = r.command().rule();
        e.ruleSetVersion = loadedVersion;
        e.id = id;
        e.time = time.toEpochMilli();
        e.json = json;
        return e;
    }
}
