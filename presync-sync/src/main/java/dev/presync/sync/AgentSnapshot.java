package dev.presync.sync;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Everything the engine knows about one agent, as plain data: what {@link SyncEngine#agent}
 * shows, and what a caller that keeps each agent's state itself (a keyed stream processor, a
 * database) saves between events and hands back to {@link AgentSync#accept}. It holds strings,
 * numbers and a list of strings only, so any serialiser can store it; it is also
 * {@link Serializable}.
 *
 * <p>Each status field is null until an event has told the engine about it; the pending fields hold
 * a command sent but not yet seen to take effect. The chain fields are the current chain of
 * rule-caused commands (see {@link SyncPolicy#chainLimit()}): the rules that sent in it, in the
 * order they first did, how many commands it sent, and whether its oscillation was reported.
 */
public record AgentSnapshot(String agent, String connectStatus, String salesforceStatus, Long workload,
                            Long capacity, String pendingConnect, String pendingSalesforce,
                            List<String> chainRules, int chainSent, boolean oscillationReported)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public AgentSnapshot {
        Objects.requireNonNull(agent, "agent");
        chainRules = List.copyOf(chainRules);
        if (chainSent < 0) {
            throw new IllegalArgumentException("chainSent cannot be negative: " + chainSent);
        }
    }

    /** An agent the engine has not seen yet: nothing known, no chain. */
    public static AgentSnapshot unseen(String agent) {
        return new AgentSnapshot(agent, null, null, null, null, null, null, List.of(), 0, false);
    }
}
