package dev.presync.cli.replay;

import dev.presync.compiler.diag.DiagnosticRenderer;
import dev.presync.compiler.diag.Severity;
import dev.presync.runtime.sync.CommandResult;
import dev.presync.runtime.sync.Outcome;
import dev.presync.runtime.sync.SourceEvent;
import dev.presync.runtime.sync.SyncEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;

/**
 * The replay loop: each merged input item goes to the engine (or is reported), then the echoes of
 * the commands it caused, before the next item. Every input line ends up counted in the stats as an
 * event, an ignored line or a bad line.
 */
final class Replayer {
    private final SyncEngine engine;
    private final SimulatedSystems systems;
    private final ReplayWriter out;
    private final PrintWriter err;
    private final ReplayTrace trace;
    private final ReplayStats stats = new ReplayStats();

    Replayer(SyncEngine engine, SimulatedSystems systems, ReplayWriter out, PrintWriter err, ReplayTrace trace) {
        this.engine = engine;
        this.systems = systems;
        this.out = out;
        this.err = err;
        this.trace = trace;
    }

    ReplayStats run(MergedInputs inputs) throws IOException {
        for (ReplayItem item = inputs.next(); item != null; item = inputs.next()) {
            if (item instanceof ReplayItem.Timed timed) {
                stats.events++;
                handle(timed.time(), timed.origin(), timed.event());
                for (SourceEvent echo = systems.nextEcho(); echo != null; echo = systems.nextEcho()) {
                    handle(timed.time(), "echo of " + timed.origin(), echo);
                }
            } else if (item instanceof ReplayItem.Ignored ignored) {
                stats.ignored++;
                if (trace != null) {
                    trace.ignored(ignored);
                }
            } else {
                bad((ReplayItem.Bad) item);
            }
        }
        out.flush();
        return stats;
    }

    private void handle(Instant time, String input, SourceEvent event) throws IOException {
        Outcome o = engine.accept(event);
        if (trace != null) {
            trace.outcome(time, input, o);
        }
        switch (o.kind()) {
            case ECHO -> stats.echoes++;
            case UNCHANGED -> stats.unchanged++;
            case EVALUATED -> {
                if (input.startsWith("echo of ")) {
                    stats.echoes++;
                }
            }
        }
        for (CommandResult r : o.commands()) {
            switch (r.status()) {
                case SENT -> {
                    stats.sent++;
                    out.command(time, r.command(), input, o.ruleEvent());
                }
                case SKIPPED -> stats.skipped++;
                case STOPPED -> stats.stopped++;
                case FAILED -> stats.failed++;
            }
        }
        if (o.oscillation() != null) {
            stats.oscillations++;
            out.oscillation(time, o.oscillation(), input, o.ruleEvent());
            out.flush();
            err.println(input + ": warning: oscillation for agent " + o.oscillation().agent() + ": stopped after "
                    + o.oscillation().sent() + " rule-caused commands; rules involved: "
                    + String.join(", ", o.oscillation().rules()));
            err.flush();
        }
    }

    private void bad(ReplayItem.Bad bad) throws IOException {
        stats.bad++;
        out.flush();
        err.print(DiagnosticRenderer.render(bad.file(), bad.line(), bad.column(), bad.text(), 1, Severity.ERROR,
                bad.message(), null));
        err.flush();
    }
}
