package dev.presync.cli.replay;

import dev.presync.cli.events.RuleTrace;
import dev.presync.sync.CommandResult;
import dev.presync.sync.Outcome;
import dev.presync.sync.SourceEvent;
import dev.presync.sync.replay.ReplayItem;
import java.io.PrintWriter;
import java.time.Instant;

/**
 * The text {@code replay --trace} prints on stderr: per event, what it was, what the engine made of
 * it, each rule tried and why it fired or not, and what became of each command.
 */
final class ReplayTrace {
    private final RuleTrace rules;
    private final PrintWriter err;

    ReplayTrace(RuleTrace rules, PrintWriter err) {
        this.rules = rules;
        this.err = err;
    }

    void ignored(ReplayItem.Ignored item) {
        err.println(item.origin() + ": ignored: " + item.reason());
    }

    void outcome(Instant time, String input, Outcome o) {
        err.println(time + " " + input + " " + o.event().agent() + ": " + describe(o.event()));
        switch (o.kind()) {
            case UNCHANGED -> err.println("  unchanged: the engine already had this status; no rules run");
            case ECHO -> err.println("  echo of the engine's own command: state updated, no rules run");
            case EVALUATED -> {
                err.println("  " + o.ruleEvent());
                rules.rules(o.ruleEvent());
                for (CommandResult r : o.commands()) {
                    String what = r.command().destination().spelling() + " '" + r.command().state() + "' ("
                            + r.command().rule() + ")";
                    err.println("  " + r.status().name().toLowerCase() + " " + what
                            + (r.detail().isEmpty() ? "" : ": " + r.detail()));
                }
            }
        }
    }

    static String describe(SourceEvent e) {
        if (e instanceof SourceEvent.ConnectStatusChanged c) {
            return "Connect status " + (c.previousStatus() == null ? "" : c.previousStatus() + " -> ") + c.newStatus();
        }
        if (e instanceof SourceEvent.OmniStatusChanged s) {
            return "Omni-Channel status " + s.statusApiName() + (s.reason() == null ? "" : " (" + s.reason() + ")");
        }
        if (e instanceof SourceEvent.OmniLogout) {
            return "Omni-Channel logout";
        }
        if (e instanceof SourceEvent.OmniWorkAccepted w) {
            return "Omni-Channel work accepted on " + w.serviceChannel();
        }
        SourceEvent.OmniWorkloadChanged w = (SourceEvent.OmniWorkloadChanged) e;
        return "Omni-Channel workload " + (w.previousWorkload() == null ? "" : w.previousWorkload() + " -> ")
                + w.newWorkload() + " of capacity " + w.configuredCapacity();
    }
}
