package dev.presync.compiler.lint;

import dev.presync.compiler.diag.Diagnostic;
import dev.presync.runtime.Action;
import dev.presync.runtime.Destination;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code sync-loop}: rules that answer each other's changes across the two systems forever. From
 * each status on a cycle of the {@link StatusGraph}, it runs the rules as the engine would with
 * echoes firing rules, and reports a run that returns to an earlier configuration: a loop proved
 * by a concrete run, with the rules on it in order, the starting event and the statuses it goes
 * through. It also says where the default echo suppression leaves the two systems, which depends
 * on which side changed first.
 */
final class SyncLoops {
    /** Steps one run may take before it is given up as "not shown to loop". */
    private static final int MAX_STEPS = 64;
    /** Starting points tried in one file; a loop needs few, a 10,000-rule file has many candidates. */
    private static final int MAX_STARTS = 2_000;

    private SyncLoops() {
    }

    static void check(List<LintedRule> rules, RuleSet engine, Findings findings) {
        StatusGraph graph = new StatusGraph(rules);
        Map<String, LintedRule> byLabel = new HashMap<>();
        rules.forEach(r -> byLabel.putIfAbsent(r.rule().label(), r));
        Set<Set<String>> reported = new HashSet<>();
        int starts = 0;
        for (StatusGraph.Node node : graph.onCycles()) {
            if (++starts > MAX_STARTS) {
                return;
            }
            RuleEvent start = node.system() == Destination.CONNECT
                    ? RuleEvent.connectAgentStateChange(node.status(), null)
                    : RuleEvent.salesforceAgentStateChange(node.status());
            SyncSimulation.Loop loop = new SyncSimulation(engine, null, null).loopFrom(start, MAX_STEPS);
            if (loop == null) {
                continue;
            }
            List<String> onCycle = new ArrayList<>(rulesOf(loop.cycle()));
            if (onCycle.isEmpty() || !reported.add(new TreeSet<>(onCycle))) {
                continue;
            }
            report(loop, start, onCycle, byLabel, engine, findings);
        }
    }

    private static Set<String> rulesOf(List<SyncSimulation.Step> steps) {
        Set<String> out = new LinkedHashSet<>();
        steps.forEach(s -> s.sent().forEach(a -> out.add(a.rule())));
        return out;
    }

    private static void report(SyncSimulation.Loop loop, RuleEvent start, List<String> onCycle,
                               Map<String, LintedRule> byLabel, RuleSet engine, Findings findings) {
        List<LintedRule> inOrder = onCycle.stream().map(byLabel::get).toList();
        LintedRule first = inOrder.stream().min((a, b) -> Integer.compare(a.rule().index(), b.rule().index())).orElseThrow();
        // The cycle has no beginning; start it at the rule the finding is reported at.
        List<LintedRule> cycleRules = new ArrayList<>(inOrder.subList(inOrder.indexOf(first), inOrder.size()));
        cycleRules.addAll(inOrder.subList(0, inOrder.indexOf(first)));
        List<String> statuses = new ArrayList<>();
        statuses.add(status(start));
        List<SyncSimulation.Step> all = new ArrayList<>(loop.lead());
        all.addAll(loop.cycle());
        for (SyncSimulation.Step s : all) {
            for (Action a : s.sent()) {
                statuses.add(a.destination().spelling() + " '" + a.state() + "'");
            }
        }
        String message = "sync loop: " + String.join(" -> ", cycleRules.stream().map(LintedRule::describe).toList())
                + " answer each other forever when echoes fire rules: starting from " + Witnesses.event(start)
                + ", the statuses go " + String.join(" -> ", statuses) + " -> ...; " + echoSuppression(loop, engine);
        List<Diagnostic.Related> related = new ArrayList<>();
        for (LintedRule r : cycleRules) {
            if (r != first) {
                related.add(new Diagnostic.Related(r.span(), r.describe() + " is on the loop: it sets " + r.target()));
            }
        }
        findings.add(LintId.SYNC_LOOP, first.span(), message,
                "break the cycle: no rule of it should answer a status by setting the one that leads back to it", related);
    }

    /**
     * Where the engine's default (echoes do not fire rules) leaves the systems, started from the
     * first Connect change and from the first Salesforce change on the loop.
     */
    private static String echoSuppression(SyncSimulation.Loop loop, RuleSet engine) {
        RuleEvent connectFirst = null;
        RuleEvent salesforceFirst = null;
        for (SyncSimulation.Step s : loop.cycle()) {
            RuleEvent e = s.event();
            if (e.type().origin() == Destination.CONNECT && connectFirst == null) {
                connectFirst = RuleEvent.connectAgentStateChange(e.connectNewState(), null);
            } else if (e.type().origin() == Destination.SALESFORCE && salesforceFirst == null) {
                salesforceFirst = e;
            }
        }
        if (connectFirst == null || salesforceFirst == null) {
            return "with echo suppression (the default) the engine stops after one answer";
        }
        String[] a = new SyncSimulation(engine, null, null).settleSuppressingEchoes(connectFirst);
        String[] b = new SyncSimulation(engine, null, null).settleSuppressingEchoes(salesforceFirst);
        String whenConnect = pair(a);
        String whenSalesforce = pair(b);
        return whenConnect.equals(whenSalesforce)
                ? "with echo suppression (the default) the systems end at " + whenConnect + " whichever side changes first"
                : "with echo suppression (the default) the systems end at " + whenConnect + " when the first change is "
                        + status(connectFirst) + ", but at " + whenSalesforce + " when it is " + status(salesforceFirst);
    }

    private static String pair(String[] statuses) {
        return "Connect " + quoted(statuses[0]) + " / Salesforce " + quoted(statuses[1]);
    }

    private static String quoted(String s) {
        return s == null ? "unknown" : "'" + s + "'";
    }

    private static String status(RuleEvent e) {
        return e.type().origin() == Destination.CONNECT ? "Connect '" + e.connectNewState() + "'"
                : "Salesforce '" + e.salesforceNewState() + "'";
    }
}
