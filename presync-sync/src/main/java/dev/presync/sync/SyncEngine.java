package dev.presync.sync;

import dev.presync.runtime.RuleSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps Amazon Connect and Omni-Channel in step for every agent: each source event updates the
 * agent's state, becomes a rule event, runs the rule set, and the actions become commands sent
 * through the two gateways.
 *
 * <p>It depends only on {@link RuleSet}, so the interpreter and compiled rule sets both work.
 * Events for different agents may be accepted from many threads at once; one agent's events are
 * handled one at a time, in the order their {@code accept} calls take the agent's lock, and its
 * commands are sent in order while that lock is held. Callers that need one agent's events in
 * source order feed them from one thread (a Kinesis shard is partitioned by agent, for instance).
 * Callers that keep each agent's state themselves use {@link AgentSync}, which decides alike.
 *
 * <p>Echoes and loops: a command whose target already has (or was already asked for) the status is
 * skipped; the change that comes back because the engine asked for it updates the state without
 * firing rules (unless the policy says otherwise); and a chain of rule-caused commands is stopped
 * at the policy's limit, with an {@link Oscillation} naming the rules.
 */
public final class SyncEngine {
    private final AgentSync sync;
    private final ConcurrentMap<String, AgentState> agents = new ConcurrentHashMap<>();

    public SyncEngine(RuleSet rules, SalesforceGateway salesforce, ConnectGateway connect, SyncPolicy policy) {
        this.sync = new AgentSync(rules, salesforce, connect, policy);
    }

    public SyncEngine(RuleSet rules, SalesforceGateway salesforce, ConnectGateway connect) {
        this(rules, salesforce, connect, SyncPolicy.defaults());
    }

    /**
     * Handles one source event completely: state, rules, commands. Exceptions from the rule set
     * propagate (they are bugs); exceptions from a gateway become {@link CommandResult.Status#FAILED}.
     */
    public Outcome accept(SourceEvent event) {
        // get first: an agent seen before (nearly every event) needs no lambda and no bin lock.
        // Absent, computeIfAbsent still makes exactly one state for the agent across threads.
        AgentState state = agents.get(event.agent());
        if (state == null) {
            state = agents.computeIfAbsent(event.agent(), AgentState::new);
        }
        synchronized (state) {
            return sync.handle(state, event);
        }
    }

    /** What the engine knows about {@code agent}, if it has seen it. */
    public Optional<AgentSnapshot> agent(String agent) {
        AgentState state = agents.get(agent);
        if (state == null) {
            return Optional.empty();
        }
        synchronized (state) {
            return Optional.of(state.snapshot());
        }
    }

    /**
     * Replaces what the engine knows about {@code saved.agent()}, e.g. with a snapshot taken by
     * {@link #agent} before a restart. Must not race with {@link #accept} for the same agent.
     */
    public void restore(AgentSnapshot saved) {
        agents.put(saved.agent(), AgentState.restore(saved));
    }

    /** Every agent seen so far, in no particular order. */
    public List<String> agents() {
        return List.copyOf(agents.keySet());
    }
}
