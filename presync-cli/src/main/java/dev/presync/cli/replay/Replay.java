package dev.presync.cli.replay;

import dev.presync.cli.events.RuleTrace;
import dev.presync.cli.io.Outputs;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.runtime.RuleSet;
import dev.presync.sync.SyncPolicy;
import dev.presync.sync.replay.MergedInputs;
import dev.presync.sync.replay.ReplayStats;
import dev.presync.sync.replay.Replayer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point the {@code replay} command calls: reads the input lines into items for the
 * presync-sync {@link Replayer} and prints what it reports.
 */
public final class Replay {
    /** A named input stream; either may be absent. */
    public record Input(String name, InputStream in) {
    }

    private Replay() {
    }

    /**
     * Replays the inputs and prints commands on {@code out}, bad lines, oscillation warnings, the
     * trace and a summary on {@code err}. Returns true when any input line was bad.
     */
    public static boolean run(RuleSet rules, CheckedRuleSet checked, SyncPolicy policy, boolean trace,
                              Input connect, Input salesforce, PrintWriter out, PrintWriter err) throws IOException {
        List<InputFile> files = new ArrayList<>();
        if (connect != null) {
            files.add(new InputFile(connect.name(), connect.in(), SourceLines.CONNECT));
        }
        if (salesforce != null) {
            files.add(new InputFile(salesforce.name(), salesforce.in(), SourceLines.OMNI));
        }
        ReplayTrace tracer = trace ? new ReplayTrace(new RuleTrace(checked, err), err) : null;
        ReplayWriter writer = new ReplayWriter(Outputs.bytes(out));
        ReplayPrinter printer = new ReplayPrinter(writer, err, tracer);
        ReplayStats stats;
        try {
            stats = new Replayer(rules, policy, printer).run(new MergedInputs(files, printer));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
        Outputs.check(out); // the summary counts commands as sent: only once they are written
        err.println(summary(stats));
        err.flush();
        return stats.bad() > 0;
    }

    static String summary(ReplayStats s) {
        return "replay: " + s.records() + " input lines: " + s.events() + " events, " + s.ignored() + " ignored, "
                + s.bad() + " bad; " + s.echoes() + " echoes, " + s.unchanged() + " unchanged; commands: " + s.sent()
                + " sent, " + s.skipped() + " skipped, " + s.stopped() + " stopped, " + s.failed() + " failed; "
                + s.oscillations() + " oscillations";
    }
}
