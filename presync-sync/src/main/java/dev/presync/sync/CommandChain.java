package dev.presync.sync;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The commands rules have sent for one agent since the last event that was not an echo. Rules
 * that answer each other's changes make this grow; the engine stops it at the policy's limit.
 */
final class CommandChain {
    private final Set<String> rules = new LinkedHashSet<>();
    private int sent;
    private boolean reported;

    /** An event from outside (a person, a call) starts a new chain. */
    void restart() {
        rules.clear();
        sent = 0;
        reported = false;
    }

    /** Takes up a chain saved in a snapshot. */
    void restore(List<String> savedRules, int savedSent, boolean savedReported) {
        restart();
        rules.addAll(savedRules);
        sent = savedSent;
        reported = savedReported;
    }

    boolean isFull(int limit) {
        return sent >= limit;
    }

    void sent(String rule) {
        rules.add(rule);
        sent++;
    }

    List<String> rules() {
        return List.copyOf(rules);
    }

    int sent() {
        return sent;
    }

    boolean reported() {
        return reported;
    }

    /** The oscillation to report for {@code stopped}, or null when this chain has reported one already. */
    Oscillation stop(Command stopped) {
        if (reported) {
            return null;
        }
        reported = true;
        List<String> involved = new ArrayList<>(rules);
        if (!involved.contains(stopped.rule())) {
            involved.add(stopped.rule());
        }
        return new Oscillation(stopped.agent(), involved, stopped, sent);
    }
}
