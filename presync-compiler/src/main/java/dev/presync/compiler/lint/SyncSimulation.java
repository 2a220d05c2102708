package dev.presync.compiler.lint;

import dev.presync.runtime.Action;
import dev.presync.runtime.Destination;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One agent's two statuses under the rules, as the sync engine treats them: rules fire in source
 * order; a command to the status a system already has (or was already asked for) is skipped; any
 * other command takes effect and its change comes back as an event. With {@code fireOnEcho} those
 * changes fire rules again (the engine's {@code --fire-on-echo}); without, they only update the
 * status (the default echo suppression).
 */
final class SyncSimulation {
    /** A change that fired rules: the event, and the commands it sent, each with its rule. */
    record Step(RuleEvent event, List<Action> sent) {
    }

    /** A run that returned to an earlier configuration: the steps before it and the repeating ones. */
    record Loop(List<Step> lead, List<Step> cycle) {
    }

    private final RuleSet rules;
    private String connect;
    private String salesforce;
    private final Deque<RuleEvent> pending = new ArrayDeque<>();

    SyncSimulation(RuleSet rules, String connect, String salesforce) {
        this.rules = rules;
        this.connect = connect;
        this.salesforce = salesforce;
    }

    /** Runs {@code start} with echoes firing rules; the loop, or null when it settles within {@code maxSteps}. */
    Loop loopFrom(RuleEvent start, int maxSteps) {
        pending.add(start);
        Map<String, Integer> seen = new HashMap<>();
        List<Step> steps = new ArrayList<>();
        while (!pending.isEmpty() && steps.size() < maxSteps) {
            String configuration = connect + "\u0000" + salesforce + "\u0000" + pending;
            Integer earlier = seen.putIfAbsent(configuration, steps.size());
            if (earlier != null) {
                return new Loop(List.copyOf(steps.subList(0, earlier)), List.copyOf(steps.subList(earlier, steps.size())));
            }
            steps.add(process(pending.poll(), true));
        }
        return null;
    }

    /** Runs {@code start} with echoes only updating the statuses; returns {@code {connect, salesforce}}. */
    String[] settleSuppressingEchoes(RuleEvent start) {
        process(start, false);
        return new String[] {connect, salesforce};
    }

    private Step process(RuleEvent event, boolean echoesFire) {
        if (event.type().origin() == Destination.CONNECT) {
            connect = event.connectNewState();
        } else {
            salesforce = event.salesforceNewState();
        }
        List<Action> sent = new ArrayList<>();
        for (Action a : rules.evaluate(event)) {
            String current = a.destination() == Destination.CONNECT ? connect : salesforce;
            if (a.state().equals(current)) {
                continue;
            }
            sent.add(a);
            if (a.destination() == Destination.CONNECT) {
                String old = connect;
                connect = a.state();
                if (echoesFire) {
                    pending.add(RuleEvent.connectAgentStateChange(a.state(), old));
                }
            } else {
                salesforce = a.state();
                if (echoesFire) {
                    pending.add(RuleEvent.salesforceAgentStateChange(a.state()));
                }
            }
        }
        return new Step(event, sent);
    }
}
