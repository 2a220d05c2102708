package dev.presync.cli.replay;

import dev.presync.cli.events.RuleTrace;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.runtime.RuleSet;
import dev.presync.runtime.sync.SyncEngine;
import dev.presync.runtime.sync.SyncPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The entry point the {@code replay} command calls: wires inputs, engine, simulated systems and output. */
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
            files.add(new InputFile(connect.name(), connect.in(), ConnectRecords::read));
        }
        if (salesforce != null) {
            files.add(new InputFile(salesforce.name(), salesforce.in(), OmniEvents::read));
        }
        SimulatedSystems systems = new SimulatedSystems();
        SyncEngine engine = new SyncEngine(rules, systems, systems, policy);
        ReplayTrace tracer = trace ? new ReplayTrace(new RuleTrace(checked, err), err) : null;
        ReplayStats stats = new Replayer(engine, systems, new ReplayWriter(out), err, tracer).run(new MergedInputs(files));
        out.flush();
        err.println(stats.summary());
        err.flush();
        return stats.bad > 0;
    }
}
