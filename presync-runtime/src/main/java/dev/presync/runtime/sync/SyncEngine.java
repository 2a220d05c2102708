package dev.presync.runtime.sync;

import dev.presync.runtime.Action;
import dev.presync.runtime.Destination;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 *
 * <p>Echoes and loops: a command whose target already has (or was already asked for) the status is
 * skipped; the change that comes back because the engine asked for it updates the state without
 * firing rules (unless the policy says otherwise); and a chain of rule-caused commands is stopped
 * at the policy's limit, with an {@link Oscillation} naming the rules.
 */
public final class SyncEngine {
    private final RuleSet rules;
    private final SalesforceGateway salesforce;
    private final ConnectGateway connect;
    private final SyncPolicy policy;
    private final ConcurrentMap<String, AgentState> agents = new ConcurrentHashMap<>();

    public SyncEngine(RuleSet rules, SalesforceGateway salesforce, ConnectGateway connect, SyncPolicy policy) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.salesforce = Objects.requireNonNull(salesforce, "salesforce");
        this.connect = Objects.requireNonNull(connect, "connect");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public SyncEngine(RuleSet rules, SalesforceGateway salesforce, ConnectGateway connect) {
        this(rules, salesforce, connect, SyncPolicy.defaults());
    }

    /**
     * Handles one source event completely: state, rules, commands. Exceptions from the rule set
     * propagate (they are bugs); exceptions from a gateway become {@link CommandResult.Status#FAILED}.
     */
    public Outcome accept(SourceEvent event) {
        AgentState state = agents.computeIfAbsent(event.agent(), AgentState::new);
        synchronized (state) {
            return handle(state, event);
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

    /** Every agent seen so far, in no particular order. */
    public List<String> agents() {
        return List.copyOf(agents.keySet());
    }

    private Outcome handle(AgentState state, SourceEvent event) {
        AgentState.Applied applied = state.apply(event);
        RuleEvent ruleEvent = applied.ruleEvent();
        if (ruleEvent == null) {
            return new Outcome(event, Outcome.Kind.UNCHANGED, null, List.of(), List.of(), null);
        }
        if (!applied.echo()) {
            state.chain.restart();
        } else if (policy.suppressEchoes()) {
            return new Outcome(event, Outcome.Kind.ECHO, ruleEvent, List.of(), List.of(), null);
        }
        List<Action> actions = rules.evaluate(ruleEvent);
        List<CommandResult> results = new ArrayList<>(actions.size());
        Oscillation oscillation = null;
        for (Action action : actions) {
            Command command = new Command(state.agent, action.destination(), action.state(), action.rule(), event);
            if (action.state().equals(state.effectiveStatus(action.destination()))) {
                results.add(new CommandResult(command, CommandResult.Status.SKIPPED,
                        "the " + action.destination().spelling() + " status is already " + action.state()));
            } else if (state.chain.isFull(policy.chainLimit())) {
                Oscillation o = state.chain.stop(command);
                oscillation = oscillation != null ? oscillation : o;
                results.add(new CommandResult(command, CommandResult.Status.STOPPED,
                        "oscillation: the chain of rule-caused commands reached its limit of " + policy.chainLimit()));
            } else {
                results.add(send(state, command));
            }
        }
        return new Outcome(event, Outcome.Kind.EVALUATED, ruleEvent, actions, results, oscillation);
    }

    private CommandResult send(AgentState state, Command command) {
        try {
            if (command.destination() == Destination.SALESFORCE) {
                salesforce.setPresenceStatus(command.agent(), command.state());
            } else {
                connect.setAgentStatus(command.agent(), command.state());
            }
        } catch (RuntimeException e) {
            return new CommandResult(command, CommandResult.Status.FAILED, String.valueOf(e.getMessage()));
        }
        state.commandSent(command.destination(), command.state());
        state.chain.sent(command.rule());
        return new CommandResult(command, CommandResult.Status.SENT, "");
    }
}
