package dev.presync.sync;

import dev.presync.runtime.Action;
import dev.presync.runtime.Destination;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The sync of one agent at a time, for a caller that keeps each agent's state itself: a keyed
 * stream processor (Flink keyed by agent, say) holds an {@link AgentSnapshot} per key, hands it in
 * with the agent's next event, and stores the snapshot it gets back. {@link SyncEngine} is this
 * plus a map of agents and a lock per agent; the two decide exactly alike.
 *
 * <p>Not synchronised: the caller feeds one agent's events one at a time, in order. Different
 * agents may go through one instance from different threads, as it holds no per-agent state.
 */
public final class AgentSync {
    /** What one event did, and the agent's state after it. */
    public record Step(Outcome outcome, AgentSnapshot state) {
    }

    private final RuleSet rules;
    private final SalesforceGateway salesforce;
    private final ConnectGateway connect;
    private final SyncPolicy policy;

    public AgentSync(RuleSet rules, SalesforceGateway salesforce, ConnectGateway connect, SyncPolicy policy) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.salesforce = Objects.requireNonNull(salesforce, "salesforce");
        this.connect = Objects.requireNonNull(connect, "connect");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Handles one event for the agent whose state is {@code saved} (null for an agent not seen
     * before): state, rules, commands, as {@link SyncEngine#accept} does.
     *
     * @throws IllegalArgumentException when {@code saved} belongs to another agent than the event
     */
    public Step accept(AgentSnapshot saved, SourceEvent event) {
        if (saved != null && !saved.agent().equals(event.agent())) {
            throw new IllegalArgumentException("the state of " + saved.agent() + " given for an event of " + event.agent());
        }
        AgentState state = saved == null ? new AgentState(event.agent()) : AgentState.restore(saved);
        Outcome outcome = handle(state, event);
        return new Step(outcome, state.snapshot());
    }

    /** The decision itself, on state the caller owns and guards. */
    Outcome handle(AgentState state, SourceEvent event) {
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
        // The allocation-free API; the outcome keeps the actions, so they are collected once here.
        List<Action> actions = new ArrayList<>(2);
        rules.evaluate(ruleEvent, actions::add);
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
