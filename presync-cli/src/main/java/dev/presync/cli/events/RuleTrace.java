package dev.presync.cli.events;

import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.interp.Explainer;
import dev.presync.runtime.RuleEvent;
import java.io.PrintWriter;

/**
 * Prints, for one rule event, each rule of its type that was tried and why it fired or not:
 * the text {@code --trace} adds on stderr for {@code run} and {@code replay}. The explanation itself
 * comes from {@link Explainer}; this class only lays it out.
 */
public final class RuleTrace {
    private final CheckedRuleSet ruleSet;
    private final PrintWriter err;

    public RuleTrace(CheckedRuleSet ruleSet, PrintWriter err) {
        this.ruleSet = ruleSet;
        this.err = err;
    }

    /** A header line, then one indented line per rule tried. */
    public void event(String header, RuleEvent event) {
        err.println(header + ": " + event);
        rules(event);
    }

    /** One indented line per rule tried, or a line saying no rule listens to the event. */
    public void rules(RuleEvent event) {
        var explanations = Explainer.explain(ruleSet, event);
        if (explanations.isEmpty()) {
            err.println("  no rule on " + event.type().spelling());
        }
        for (Explainer.Explanation e : explanations) {
            String verdict = e.fired() ? "fired    " : e.rule().active() ? "not fired" : "inactive ";
            String target = " (set " + e.rule().destination().spelling() + " " + quote(e.rule().state()) + ")";
            err.println("  " + verdict + " " + e.rule().label() + target
                    + (e.rule().active() ? ": " + e.reason() : ""));
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
