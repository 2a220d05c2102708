package dev.presync.cli.replay;

import dev.presync.compiler.diag.Problem;
import dev.presync.runtime.RuleEvent;
import dev.presync.sync.Command;
import dev.presync.sync.Oscillation;
import dev.presync.sync.Outcome;
import dev.presync.sync.replay.ReplayItem;
import dev.presync.sync.replay.ReplayListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Turns what a replay reports into replay's output: commands and oscillations as JSON lines on
 * stdout; bad lines, oscillation warnings and the trace (when asked for) on stderr. stdout is
 * flushed before anything goes to stderr, so the two interleave in the order things happened.
 */
final class ReplayPrinter implements ReplayListener {
    private final ReplayWriter out;
    private final PrintWriter err;
    private final ReplayTrace trace;

    /** @param trace null without {@code --trace} */
    ReplayPrinter(ReplayWriter out, PrintWriter err, ReplayTrace trace) {
        this.out = out;
        this.err = err;
        this.trace = trace;
    }

    @Override
    public void outcome(Instant time, String input, Outcome outcome) {
        if (trace != null) {
            trace.outcome(time, input, outcome);
        }
    }

    @Override
    public void sent(Instant time, String input, Command command, RuleEvent cause) {
        try {
            out.command(time, command, input, cause);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void oscillation(Instant time, String input, Oscillation o, RuleEvent cause) {
        try {
            out.oscillation(time, o, input, cause);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        err.println(input + ": warning: oscillation for agent " + o.agent() + ": stopped after "
                + o.sent() + " rule-caused commands; rules involved: " + String.join(", ", o.rules()));
        err.flush();
    }

    @Override
    public void outOfOrder(ReplayItem.Timed item, Instant latest) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        err.println(item.origin() + ": warning: event at " + item.time() + " is earlier than " + latest
                + ", the time of an event before it in this input; it is replayed here, out of time order"
                + " (each input must be sorted by time)");
        err.flush();
    }

    @Override
    public void ignored(ReplayItem.Ignored item) {
        if (trace != null) {
            trace.ignored(item);
        }
    }

    @Override
    public void bad(ReplayItem.Bad bad) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        err.print(Problem.at(bad.file(), bad.line(), bad.column(), bad.text(), bad.message()).render());
        err.flush();
    }
}
