package dev.presync.flink.connect;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import software.amazon.awssdk.services.connect.ConnectClient;

/**
 * The Amazon Connect sink: drives one {@link ConnectStatusWriter} per account. The stream is keyed
 * by account (one key, parallelism 1), because the rate limit is account-wide and only a keyed
 * function may set the timers that send what waited for the budget. Every command's outcome goes
 * to {@link #OUTCOMES}; the commands still waiting are part of the checkpoint. Run it through
 * {@link ConnectSinkOperator}, which also sends what waits when a bounded input ends.
 *
 * <p>Delivery is at least once: after a restore, commands emitted since the checkpoint are sent
 * again. Setting a status an agent already has changes nothing in Connect, which makes the repeat
 * harmless (see docs/flink.md).
 */
public final class ConnectSinkFunction extends KeyedProcessFunction<String, ConnectCommand, Void>
        implements CheckpointedFunction {
    private static final long serialVersionUID = 1L;
    /** Every command's outcome. */
    public static final OutputTag<ConnectOutcome> OUTCOMES = new OutputTag<>("connect-outcomes") {
    };
    private final ConnectSinkSettings settings;
    private transient ConnectClient client;
    private transient ConnectStatusWriter writer;
    private transient List<ConnectOutcome> reported;
    private transient ListState<ConnectCommand> waitingState;
    private transient List<ConnectCommand> restored;

    public ConnectSinkFunction(ConnectSinkSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(Configuration parameters) {
        client = ConnectClients.create(settings.region(), settings.endpoint() == null ? null : URI.create(settings.endpoint()), null);
        reported = new ArrayList<>();
        writer = new ConnectStatusWriter(client, settings.instanceId(),
                new ConnectDirectory(client, settings.instanceId(), TimeSource.SYSTEM, settings.directoryRefreshSeconds() * 1_000_000_000L),
                new TokenBucket(settings.ratePerSecond(), settings.burst(), TimeSource.SYSTEM), Backoff.defaults(),
                TimeSource.SYSTEM, new Random(), reported::add);
        if (restored != null) {
            writer.restore(restored);
        }
    }

    @Override
    public void processElement(ConnectCommand command, Context ctx, Collector<Void> out) throws Exception {
        writer.offer(command);
        send(ctx.timerService().currentProcessingTime(), ctx);
        flush(ctx);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Void> out) throws Exception {
        send(timestamp, ctx);
        flush(ctx);
    }

    /**
     * Sends every command still waiting, waiting for the budget between requests, and reports their
     * outcomes: the end of a bounded input, where no timer fires any more.
     */
    void drain(java.util.function.Consumer<ConnectOutcome> to) throws InterruptedException {
        writer.sendAll();
        reported.forEach(to);
        reported.clear();
    }

    private void send(long now, Context ctx) throws InterruptedException {
        writer.sendReady();
        long wait = writer.nanosUntilNext();
        if (wait >= 0) {
            ctx.timerService().registerProcessingTimeTimer(now + Math.max(1, wait / 1_000_000));
        }
    }

    private void flush(Context ctx) {
        for (ConnectOutcome o : reported) {
            ctx.output(OUTCOMES, o);
        }
        reported.clear();
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        waitingState.update(writer.waiting());
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        waitingState = context.getOperatorStateStore().getListState(
                new ListStateDescriptor<>("connect-waiting", ConnectCommand.class));
        if (context.isRestored()) {
            restored = new ArrayList<>();
            waitingState.get().forEach(restored::add);
        }
    }

    @Override
    public void close() throws Exception {
        if (client != null) {
            client.close();
        }
    }
}
