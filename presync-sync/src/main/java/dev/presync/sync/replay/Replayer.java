package dev.presync.sync.replay;

import dev.presync.runtime.RuleSet;
import dev.presync.sync.CommandResult;
import dev.presync.sync.Outcome;
import dev.presync.sync.SourceEvent;
import dev.presync.sync.SyncEngine;
import dev.presync.sync.SyncPolicy;
import java.io.IOException;
import java.time.Instant;

/**
 * The replay loop: each item goes to the engine (or to the listener, when it is ignored or bad),
 * then the echoes of the commands it caused, before the next item. Systems are simulated
 * ({@link SimulatedSystems}); every input record ends up counted in {@link #stats()}.
 *
 * <p>Feed it a whole {@link ReplaySource} with {@link #run}, or one item at a time with
 * {@link #accept}. Not thread-safe.
 */
public final class Replayer {
    private static final String ECHO_OF = "echo of ";

    private final SimulatedSystems systems = new SimulatedSystems();
    private final SyncEngine engine;
    private final ReplayListener listener;
    private final ReplayStats stats = new ReplayStats();

    public Replayer(RuleSet rules, SyncPolicy policy, ReplayListener listener) {
        this.engine = new SyncEngine(rules, systems, systems, policy);
        this.listener = listener;
    }

    /** Replays every item of {@code source}; returns the counts. */
    public ReplayStats run(ReplaySource source) throws IOException {
        for (ReplayItem item = source.next(); item != null; item = source.next()) {
            accept(item);
        }
        return stats;
    }

    /** Replays one item, and the echoes of the commands it caused. */
    public void accept(ReplayItem item) {
        if (item instanceof ReplayItem.Timed timed) {
            stats.events++;
            handle(timed.time(), timed.origin(), timed.event(), false);
            for (SourceEvent echo = systems.nextEcho(); echo != null; echo = systems.nextEcho()) {
                handle(timed.time(), ECHO_OF + timed.origin(), echo, true);
            }
        } else if (item instanceof ReplayItem.Ignored ignored) {
            stats.ignored++;
            listener.ignored(ignored);
        } else {
            stats.bad++;
            listener.bad((ReplayItem.Bad) item);
        }
    }

    /** The counts so far. */
    public ReplayStats stats() {
        return stats;
    }

    /** The engine, to look at what it knows of an agent. */
    public SyncEngine engine() {
        return engine;
    }

    private void handle(Instant time, String input, SourceEvent event, boolean fromSystems) {
        Outcome o = engine.accept(event);
        listener.outcome(time, input, o);
        switch (o.kind()) {
            case ECHO -> stats.echoes++;
            case UNCHANGED -> stats.unchanged++;
            case EVALUATED -> {
                if (fromSystems) {
                    stats.echoes++;
                }
            }
        }
        for (CommandResult r : o.commands()) {
            switch (r.status()) {
                case SENT -> {
                    stats.sent++;
                    listener.sent(time, input, r.command(), o.ruleEvent());
                }
                case SKIPPED -> stats.skipped++;
                case STOPPED -> stats.stopped++;
                case FAILED -> stats.failed++;
            }
        }
        if (o.oscillation() != null) {
            stats.oscillations++;
            listener.oscillation(time, input, o.oscillation(), o.ruleEvent());
        }
    }
}
