package com.example.presence;

import dev.presync.runtime.Action;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.List;

/**
 * The service's own code, compiled against the class the presync plugin generates from
 * src/main/rules/presence-rules.rules before javac runs.
 */
public final class PresenceSync {
    private final RuleSet rules = new PresenceRules();

    /** What to do when an agent's Connect status changes. */
    public List<Action> onConnectStatusChange(String newStatus, String oldStatus) {
        return rules.evaluate(RuleEvent.connectAgentStateChange(newStatus, oldStatus));
    }
}
